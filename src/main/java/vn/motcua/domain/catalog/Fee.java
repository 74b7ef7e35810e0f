package vn.motcua.domain.catalog;

/** A fee of a procedure; {@code amountVnd} 0 means free (miễn phí). */
public record Fee(FeeKind kind, String name, long amountVnd, String description) {
    public Fee {
        if (kind == null) {
            throw new IllegalArgumentException("fee kind is required");
        }
        if (amountVnd < 0) {
            throw new IllegalArgumentException("fee amount must not be negative");
        }
        name = name == null ? kind.labelVi() : name;
        description = description == null ? "" : description;
    }
}
