package vn.motcua.sync;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import vn.motcua.domain.text.Msg;

/**
 * What the desk's status bar shows, read from the database (no network).
 *
 * @param enrolled        the desk has a device token
 * @param serverUrl       the server it syncs with, null when not enrolled
 * @param officeCode      the office the server enrolled it in
 * @param deskNo          the desk number the server knows it by
 * @param pendingEvents   events not yet accepted by the server
 * @param quarantined     quarantined events nobody has resolved
 * @param lastAttempt     last sync attempt
 * @param lastSuccess     last complete sync
 * @param lastError       the last run's error (Vietnamese), null after a success
 * @param clockSkewSeconds server minus desk clock at the last answer
 * @param clockWarning    the warning text when the desk clock is off by more than 5 minutes
 * @param cursor          the server cursor
 * @param catalogVersion  the catalogue version received from the server (null: none yet)
 * @param calendarVersion the calendar version received from the server (null: none yet)
 * @param pendingFiles    digitised files (attachments) not yet confirmed by the server
 * @param revokedAt       when the server refused this device as revoked (null: not revoked); {@code enrolled} is
 *                        false from then on, until a new enrollment
 * @param lastErrorMsg    {@code lastError} as a message, for the desk to show in the clerk's language (issue 19),
 *                        kept in the database with it; plain text when the error had no key; not in the JSON
 * @param clockWarningMsg {@code clockWarning} as a message; not in the JSON
 */
public record SyncStatus(boolean enrolled, String serverUrl, String officeCode, int deskNo, int pendingEvents,
                         int quarantined, Instant lastAttempt, Instant lastSuccess, String lastError,
                         Long clockSkewSeconds, String clockWarning, String cursor, Long catalogVersion,
                         Long calendarVersion, int pendingFiles, Instant revokedAt, @JsonIgnore Msg lastErrorMsg,
                         @JsonIgnore Msg clockWarningMsg) {

    /** A status whose texts are not messages (shown as they are in every language). */
    public SyncStatus(boolean enrolled, String serverUrl, String officeCode, int deskNo, int pendingEvents,
                      int quarantined, Instant lastAttempt, Instant lastSuccess, String lastError,
                      Long clockSkewSeconds, String clockWarning, String cursor, Long catalogVersion,
                      Long calendarVersion, int pendingFiles, Instant revokedAt) {
        this(enrolled, serverUrl, officeCode, deskNo, pendingEvents, quarantined, lastAttempt, lastSuccess, lastError,
                clockSkewSeconds, clockWarning, cursor, catalogVersion, calendarVersion, pendingFiles, revokedAt,
                lastError == null ? null : Msg.text(lastError), clockWarning == null ? null : Msg.text(clockWarning));
    }

    /** A status of a desk the server has not revoked. */
    public SyncStatus(boolean enrolled, String serverUrl, String officeCode, int deskNo, int pendingEvents,
                      int quarantined, Instant lastAttempt, Instant lastSuccess, String lastError,
                      Long clockSkewSeconds, String clockWarning, String cursor, Long catalogVersion,
                      Long calendarVersion, int pendingFiles) {
        this(enrolled, serverUrl, officeCode, deskNo, pendingEvents, quarantined, lastAttempt, lastSuccess, lastError,
                clockSkewSeconds, clockWarning, cursor, catalogVersion, calendarVersion, pendingFiles, null);
    }

    /** {@code enrolled}, {@code revoked} or {@code not-enrolled}. */
    public String state() {
        return revokedAt != null ? "revoked" : enrolled ? "enrolled" : "not-enrolled";
    }

    /** Online = enrolled and the last attempt succeeded. */
    public boolean online() {
        return enrolled && lastAttempt != null && lastAttempt.equals(lastSuccess);
    }
}
