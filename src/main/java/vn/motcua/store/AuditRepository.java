package vn.motcua.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.UUID;

/** Who viewed, printed, exported or changed which dossier, and when. */
public final class AuditRepository {

    public void record(Connection c, LocalDateTime at, String actor, String action, UUID dossierId, String detail)
            throws SQLException {
        SqlValues.update(c, "INSERT INTO audit (at, actor, action, dossier_id, detail) VALUES (?, ?, ?, ?, ?)",
                at, actor, action, dossierId, detail);
    }
}
