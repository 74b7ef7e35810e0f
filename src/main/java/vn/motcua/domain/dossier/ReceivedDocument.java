package vn.motcua.domain.dossier;

/** A document actually handed in with a dossier (a line of "Thành phần hồ sơ" on the receipt). */
public record ReceivedDocument(String name, int originals, int copies, boolean mandatory) {
    public ReceivedDocument {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("document name is required");
        }
        if (originals < 0 || copies < 0 || originals > 999 || copies > 999) {
            throw new IllegalArgumentException("document counts must be between 0 and 999");
        }
    }
}
