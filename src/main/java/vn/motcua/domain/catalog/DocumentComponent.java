package vn.motcua.domain.catalog;

/** Thành phần hồ sơ: a document the applicant hands in, with the number of originals and copies. */
public record DocumentComponent(String name, int originals, int copies, boolean mandatory) {
    public DocumentComponent {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("document name is required");
        }
        if (originals < 0 || copies < 0) {
            throw new IllegalArgumentException("document counts must not be negative");
        }
    }
}
