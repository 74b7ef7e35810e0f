package vn.motcua.central.portal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.central.store.DossierRepository.DossierRow;
import vn.motcua.central.store.DossierRepository.ProgressRow;

/**
 * The national portal's outbox (table {@code portal_outbox}, V12): one row per accepted dossier change, written by
 * the push in the transaction that applies the change, worked off by {@link PortalSender}.
 *
 * <p>A change is due when it is {@code WAITING}, its {@code next_at} has come and every earlier change of its dossier
 * is {@code SENT}: a change set aside holds back the later changes of its own dossier only.
 */
public final class PortalOutbox {
    public static final String WAITING = "WAITING";
    public static final String SENT = "SENT";
    public static final String SET_ASIDE = "SET_ASIDE";

    private PortalOutbox() {
    }

    /**
     * Queues the changes a push batch applied: one row per progress row (each accepted dossier change writes
     * exactly one), carrying the dossier as the batch committed it and the change's own status and progress entry.
     */
    public static void enqueue(Connection c, List<DossierRow> dossiers, List<ProgressRow> changes) throws SQLException {
        enqueue(c, dossiers, changes, null);
    }

    /**
     * {@link #enqueue(Connection, List, List)} binding the dossier and progress JSON {@code texts} holds as UTF-8
     * bytes (SQLite only, decision 0042; null: as strings).
     */
    public static void enqueue(Connection c, List<DossierRow> dossiers, List<ProgressRow> changes,
                               vn.motcua.central.store.Utf8Texts texts) throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        Map<String, DossierRow> byId = new HashMap<>();
        for (DossierRow d : dossiers) {
            byId.put(d.id(), d);
        }
        try (var ps = c.prepareStatement("INSERT INTO portal_outbox (dossier_id, version, office_code, dossier_code, "
                + "status, dossier, progress, created_at, state, attempts, next_at) "
                + "VALUES (?, ?, ?, ?, ?, " + vn.motcua.central.store.Utf8Texts.param(texts) + ", "
                + vn.motcua.central.store.Utf8Texts.param(texts) + ", ?, 'WAITING', 0, ?)")) {
            for (ProgressRow p : changes) {
                DossierRow d = byId.get(p.dossierId());
                if (d == null) {
                    continue; // cannot happen: every progress row belongs to a dossier the batch changed
                }
                long now = d.updatedAt().toEpochMilli();
                ps.setString(1, p.dossierId());
                ps.setLong(2, p.n());
                ps.setString(3, d.officeCode());
                ps.setString(4, d.code());
                ps.setInt(5, p.status());
                vn.motcua.central.store.Utf8Texts.bind(ps, 6, d.data(), texts);
                vn.motcua.central.store.Utf8Texts.bind(ps, 7, p.data(), texts);
                ps.setLong(8, now);
                ps.setLong(9, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * One change to send.
     *
     * @param sentBefore how many changes of the dossier the portal has received from us
     * @param inflight   a send of it began before and its outcome is not known
     */
    public record Work(String dossierId, long version, String officeCode, String officeName, String code, int status,
                       String dossier, String progress, int attempts, boolean inflight, int sentBefore) {
    }

    /** Offices with a due change now (their leases decide who sends). */
    static List<String> officesWithWork(Connection c, long now) throws SQLException {
        List<String> out = new ArrayList<>();
        try (var ps = c.prepareStatement("SELECT DISTINCT office_code FROM portal_outbox WHERE state = 'WAITING' "
                + "AND next_at <= ? ORDER BY office_code")) {
            ps.setLong(1, now);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** The office's due changes, oldest first, at most one per dossier (the earliest unsent of each). */
    static List<Work> dueHeads(Connection c, String office, long now, int limit) throws SQLException {
        List<Work> out = new ArrayList<>();
        try (var ps = c.prepareStatement("SELECT o.dossier_id, o.version, o.office_code, f.name, o.dossier_code, "
                + "o.status, o.dossier, o.progress, o.attempts, o.inflight_at, "
                + "(SELECT count(*) FROM portal_outbox s WHERE s.dossier_id = o.dossier_id AND s.state = 'SENT') "
                + "FROM portal_outbox o LEFT JOIN office f ON f.code = o.office_code "
                + "WHERE o.office_code = ? AND o.state = 'WAITING' AND o.next_at <= ? AND NOT EXISTS ("
                + "SELECT 1 FROM portal_outbox p WHERE p.dossier_id = o.dossier_id AND p.version < o.version "
                + "AND p.state <> 'SENT') ORDER BY o.created_at, o.dossier_id LIMIT ?")) {
            ps.setString(1, office);
            ps.setLong(2, now);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getLong(10);
                    boolean inflight = !rs.wasNull();
                    out.add(new Work(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getInt(6), rs.getString(7), rs.getString(8), rs.getInt(9), inflight, rs.getInt(11)));
                }
            }
        }
        return out;
    }

    /** Marks the changes as being sent (their outcome is unknown until marked sent or refused). */
    static void markInflight(Connection c, List<Work> works, long now) throws SQLException {
        try (var ps = c.prepareStatement("UPDATE portal_outbox SET inflight_at = ? WHERE dossier_id = ? AND version = ?")) {
            for (Work w : works) {
                ps.setLong(1, now);
                ps.setString(2, w.dossierId());
                ps.setLong(3, w.version());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Marks a change sent; false when it was not waiting (already marked by someone else). */
    static boolean markSent(Connection c, Work w, long now, String node) throws SQLException {
        try (var ps = c.prepareStatement("UPDATE portal_outbox SET state = 'SENT', sent_at = ?, sent_by = ?, "
                + "inflight_at = NULL, last_error = NULL WHERE dossier_id = ? AND version = ? AND state = 'WAITING'")) {
            ps.setLong(1, now);
            ps.setString(2, node);
            ps.setString(3, w.dossierId());
            ps.setLong(4, w.version());
            return ps.executeUpdate() == 1;
        }
    }

    /**
     * The portal refused a change: counted, retried after {@code retryAt}, set aside at {@code maxAttempts}.
     *
     * @param keepInflight the refusal came after part of the change was applied (the dossier, not its progress):
     *                     the next attempt asks the portal first
     * @return true when it was set aside
     */
    static boolean refused(Connection c, Work w, String reason, long retryAt, int maxAttempts, boolean keepInflight)
            throws SQLException {
        boolean setAside = w.attempts() + 1 >= maxAttempts;
        try (var ps = c.prepareStatement("UPDATE portal_outbox SET attempts = attempts + 1, next_at = ?, last_error = ?, "
                + "state = ?" + (keepInflight ? "" : ", inflight_at = NULL")
                + " WHERE dossier_id = ? AND version = ? AND state = 'WAITING'")) {
            ps.setLong(1, retryAt);
            ps.setString(2, reason.length() > 1000 ? reason.substring(0, 1000) : reason);
            ps.setString(3, setAside ? SET_ASIDE : WAITING);
            ps.setString(4, w.dossierId());
            ps.setLong(5, w.version());
            ps.executeUpdate();
        }
        return setAside;
    }

    /**
     * Puts a dossier's set-aside changes back in line ({@code central portal resend CODE}), with the dossier's
     * current facts (a correction made since is sent with it). Returns how many.
     */
    public static int resend(Connection c, String code, long now) throws SQLException {
        try (var ps = c.prepareStatement("UPDATE portal_outbox SET state = 'WAITING', attempts = 0, next_at = ?, "
                + "dossier = COALESCE((SELECT d.data FROM dossier d WHERE d.id = portal_outbox.dossier_id), dossier) "
                + "WHERE dossier_code = ? AND state = 'SET_ASIDE'")) {
            ps.setLong(1, now);
            ps.setString(2, code);
            return ps.executeUpdate();
        }
    }

    /** Every waiting change (of one office, or all) is due now and the offices' failure backoff is cleared. */
    public static int retryNow(Connection c, String office, long now) throws SQLException {
        String where = office == null ? "" : " AND office_code = ?";
        try (var ps = c.prepareStatement("UPDATE portal_outbox SET next_at = ? WHERE state = 'WAITING'" + where)) {
            ps.setLong(1, now);
            if (office != null) {
                ps.setString(2, office);
            }
            int n = ps.executeUpdate();
            try (var ps2 = c.prepareStatement("UPDATE portal_lease SET backoff_until = 0, failures = 0"
                    + (office == null ? "" : " WHERE office_code = ?"))) {
                if (office != null) {
                    ps2.setString(1, office);
                }
                ps2.executeUpdate();
            }
            return n;
        }
    }

}
