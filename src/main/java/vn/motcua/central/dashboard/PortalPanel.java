package vn.motcua.central.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.motcua.central.portal.PortalStatus;

/**
 * The "Cổng DVC quốc gia" page (issue 17 on the province dashboard): per office, what the national portal's outbox
 * holds, from {@link PortalStatus#read} (the same read as {@code central portal status} and {@code /metrics}). Office
 * names come from the office table; dossier codes and the portal's reasons are shown, never a citizen's data.
 *
 * @param offices every office with portal work, in code order
 * @param names   office code → name
 * @param asOf    when it was read
 */
public record PortalPanel(List<PortalStatus.Office> offices, Map<String, String> names, Instant asOf) {
    /** A reason longer than this is cut on the page (the full one is in {@code central portal status}). */
    public static final int REASON_CHARS = 300;

    public long sent() {
        return offices.stream().mapToLong(PortalStatus.Office::sent).sum();
    }

    public long waiting() {
        return offices.stream().mapToLong(PortalStatus.Office::waiting).sum();
    }

    public long setAside() {
        return offices.stream().mapToLong(PortalStatus.Office::setAside).sum();
    }

    /** The age of the oldest change still waiting anywhere, in seconds (0 when none). */
    public long oldestWaitingSeconds() {
        return offices.stream().mapToLong(PortalStatus.Office::oldestWaitingSeconds).max().orElse(0);
    }

    public long paused() {
        return offices.stream().filter(PortalStatus.Office::paused).count();
    }

    public String name(String code) {
        return names.getOrDefault(code, code);
    }

    /** The portal's reason, cut to {@link #REASON_CHARS} characters (never inside a surrogate pair). */
    public static String reason(String s) {
        if (s == null || s.isBlank()) {
            return "—";
        }
        if (s.length() <= REASON_CHARS) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(REASON_CHARS - 1)) ? REASON_CHARS - 1 : REASON_CHARS;
        return s.substring(0, end) + "…";
    }
}
