package vn.motcua.central.province;

import java.time.Instant;

/**
 * One enrolled desk of a commune and when it last reached the server.
 *
 * @param lastSeenAt null when it never synced after enrolling
 * @param silent     not seen for more than a day ({@link ProvinceFigures#SILENT_AFTER}) — revoked desks are never
 *                   silent (they are listed with {@code revoked})
 */
public record DeskSync(String deviceId, int deskNo, String name, Instant lastSeenAt, boolean silent,
                       boolean revoked) {
}
