package vn.motcua.central.portal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.motcua.central.store.CentralDatabase;

/**
 * How the portal outbox stands, per office: the read the command line ({@code central portal status}), the
 * {@code /metrics} gauges and the province dashboard share ({@link #read}).
 */
public final class PortalStatus {
    private PortalStatus() {
    }

    /** A change the portal refused too often, waiting for {@code central portal resend CODE}. */
    public record SetAside(String code, long version, int status, int attempts, String reason, Instant queuedAt) {
    }

    /**
     * One office.
     *
     * @param oldestWaitingSeconds age of the oldest change still waiting (0 when none)
     * @param paused               by {@code central portal pause} (the office's or the province's)
     * @param backoffUntil         the portal failed for this office: nothing is sent before then (null = not waiting)
     * @param lastError            the portal's last failure for this office, or null
     * @param holder               the node sending for it now, or null
     */
    public record Office(String officeCode, long sent, long waiting, long setAside, long oldestWaitingSeconds,
                         boolean paused, Instant backoffUntil, String lastError, String holder,
                         List<SetAside> setAsideChanges) {
    }

    /** Every office with portal work, in code order. */
    public static List<Office> read(CentralDatabase db, Clock clock) {
        return db.read(c -> read(c, clock.millis()));
    }

    static List<Office> read(Connection c, long now) throws SQLException {
        Map<String, long[]> counts = new TreeMap<>();
        try (var ps = c.prepareStatement("SELECT office_code, state, count(*), min(created_at) FROM portal_outbox "
                + "GROUP BY office_code, state"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long[] v = counts.computeIfAbsent(rs.getString(1), k -> new long[4]);
                switch (rs.getString(2)) {
                    case PortalOutbox.SENT -> v[0] = rs.getLong(3);
                    case PortalOutbox.WAITING -> {
                        v[1] = rs.getLong(3);
                        v[3] = Math.max(0, (now - rs.getLong(4)) / 1000);
                    }
                    default -> v[2] = rs.getLong(3);
                }
            }
        }
        Map<String, List<SetAside>> aside = new HashMap<>();
        try (var ps = c.prepareStatement("SELECT office_code, dossier_code, version, status, attempts, last_error, "
                + "created_at FROM portal_outbox WHERE state = 'SET_ASIDE' ORDER BY created_at, dossier_code, version");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                aside.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new SetAside(rs.getString(2),
                        rs.getLong(3), rs.getInt(4), rs.getInt(5), rs.getString(6),
                        Instant.ofEpochMilli(rs.getLong(7))));
            }
        }
        Map<String, Object[]> leases = new HashMap<>();
        try (var ps = c.prepareStatement("SELECT office_code, paused, backoff_until, last_error, owner, expires_at "
                + "FROM portal_lease"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long until = rs.getLong(3);
                String owner = rs.getLong(6) >= now ? rs.getString(5) : null;
                leases.put(rs.getString(1), new Object[] {rs.getInt(2) != 0,
                    until > now ? Instant.ofEpochMilli(until) : null, rs.getString(4), owner});
            }
        }
        boolean all = leases.containsKey(PortalLease.ALL) && (Boolean) leases.get(PortalLease.ALL)[0];
        List<Office> out = new ArrayList<>();
        for (var e : counts.entrySet()) {
            long[] v = e.getValue();
            Object[] l = leases.getOrDefault(e.getKey(), new Object[] {false, null, null, null});
            out.add(new Office(e.getKey(), v[0], v[1], v[2], v[3], all || (Boolean) l[0], (Instant) l[1],
                    (String) l[2], (String) l[3], List.copyOf(aside.getOrDefault(e.getKey(), List.of()))));
        }
        return out;
    }

    /** The {@code /metrics} gauges: per office sent, waiting, set aside and the oldest waiting change's age. */
    public static Map<String, Number> gauges(CentralDatabase db, Clock clock) {
        Map<String, Number> g = new HashMap<>();
        for (Office o : read(db, clock)) {
            String label = "{office=\"" + o.officeCode() + "\"}";
            g.put("motcua_portal_changes_sent" + label, o.sent());
            g.put("motcua_portal_changes_waiting" + label, o.waiting());
            g.put("motcua_portal_changes_set_aside" + label, o.setAside());
            g.put("motcua_portal_oldest_waiting_seconds" + label, o.oldestWaitingSeconds());
            g.put("motcua_portal_paused" + label, o.paused() ? 1 : 0);
        }
        return g;
    }

    /** Pauses or resumes sending for one office or (null) the whole province. */
    public static void setPaused(CentralDatabase db, String office, boolean paused) {
        db.write(c -> {
            PortalLease.setPaused(c, office, paused);
            return null;
        });
    }
}
