package vn.motcua.domain.dossier;

/**
 * A document actually handed in with a dossier (a line of "Thành phần hồ sơ" on the receipt), counted the way the
 * provincial receipt prints it (DOMAIN.md §1.2): originals (bản chính), certified copies (bản sao chứng thực) and plain
 * copies (bản photo / bản chụp).
 *
 * @param copies          plain copies (photocopies)
 * @param certifiedCopies certified copies; 0 in dossiers stored before the split was recorded
 */
public record ReceivedDocument(String name, int originals, int copies, boolean mandatory, int certifiedCopies) {
    public ReceivedDocument {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("document name is required");
        }
        if (originals < 0 || copies < 0 || certifiedCopies < 0 || originals > 999 || copies > 999
                || certifiedCopies > 999) {
            throw new IllegalArgumentException("document counts must be between 0 and 999");
        }
    }

    /** A document without certified copies. */
    public ReceivedDocument(String name, int originals, int copies, boolean mandatory) {
        this(name, originals, copies, mandatory, 0);
    }
}
