package vn.motcua.domain.catalog;

/** Lĩnh vực: the field a procedure belongs to, e.g. {@code HT} "Hộ tịch". */
public record Field(String code, String name) {
    public Field {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("field code is required");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("field name is required");
        }
    }
}
