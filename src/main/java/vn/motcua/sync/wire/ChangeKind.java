package vn.motcua.sync.wire;

/** What a pulled change carries. */
public enum ChangeKind {
    /**
     * A dossier of the office, latest state: {@code {"dossier": {...}, "status": 4, "version": 3, "progress": [...],
     * "attachments": [...], "apologies": [...], "by": {"deviceId", "deskNo"}}} ({@code by}: the device that made
     * the latest change).
     */
    DOSSIER,
    /**
     * A citizen's rating, sent only once counted (its dossier held, received before it): {@code {"dossierCode",
     * "level", "reason", "criteria", "ratedAt", "updatedAt"}}.
     */
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
    ACCOUNT,
    /**
     * A rating given at a counter screen of the office, key = dossier code: {@code {"dossierCode", "dossierId",
     * "level", "reason", "ratedAt", "deskUser", "eventId"}} (counted only for a dossier with its result).
     */
    COUNTER_RATING
}
