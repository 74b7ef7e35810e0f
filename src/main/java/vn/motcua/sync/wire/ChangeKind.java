package vn.motcua.sync.wire;

/** What a pulled change carries. */
public enum ChangeKind {
    /** A dossier of the office, latest state: {@code {"dossier": {...}, "status": 4, "version": 3}}. */
    DOSSIER,
    /** A citizen's rating: {@code {"dossierCode", "level", "reason", "criteria", "ratedAt", "updatedAt"}}. */
    RATING,
    /** The procedure catalogue document (docs/formats/catalog.md), whole. */
    CATALOG,
    /** The working calendar document (docs/formats/calendar.md), whole. */
    CALENDAR,
    /**
     * An office account managed by the province, latest state, key = user name: {@code {"username", "fullName",
     * "role", "active", "passwordHash", "mustChangePassword", "updatedAt"}} (Argon2id hash in the desk's format, so
     * the desk verifies sign-ins offline).
     */
    ACCOUNT
}
