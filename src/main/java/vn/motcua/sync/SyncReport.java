package vn.motcua.sync;

import com.fasterxml.jackson.annotation.JsonIgnore;
import vn.motcua.domain.text.Msg;

/**
 * What one sync run did ({@code sync --once} prints it as JSON).
 *
 * @param ok              the run went through to the end (push and pull)
 * @param pushed          events the server accepted now
 * @param duplicates      events it had already stored (an earlier answer was lost): marked sent
 * @param rejected        events it refused: quarantined with its reason
 * @param pulled          changes received
 * @param deferred        pulled dossier states held back because this desk still has unsent events for them
 * @param skipped         pulled changes this build could not use (unknown kind, unreadable); logged
 * @param cursor          the server cursor after the run
 * @param pending         events still waiting
 * @param quarantined     quarantined events nobody has resolved
 * @param attempts        HTTP requests made (retries included)
 * @param clockSkewSeconds server clock minus desk clock (null: unknown)
 * @param clockWarning    the Vietnamese warning when the desk clock is off by more than 5 minutes, else null
 * @param catalogVersion  the catalogue version in use (null: the desk's own)
 * @param calendarVersion the calendar version in use (null: the desk's own)
 * @param documentsChanged a catalogue or calendar came down in this run
 * @param filesSent       digitised files (attachments) the server confirmed in this run
 * @param bytesSent       file bytes uploaded in this run
 * @param filesPending    attachments still to send (their dossier may still be waiting)
 * @param filesFetched    scans of other desks fetched ahead in this run (open dossiers only)
 * @param error           why the run stopped (Vietnamese), null when ok
 * @param millis          how long it took
 * @param errorCode       why the run stopped, as a machine code: {@code NETWORK} or {@code SERVER_ERROR} (try again
 *                        later), {@code NOT_ENROLLED}, {@code DEVICE_REVOKED}, {@code UNAUTHORIZED} or another
 *                        code the server named; null when ok
 * @param errorMsg        {@code error} as a message, for the desk to show in the clerk's language (issue 19); not
 *                        in the JSON ({@code sync} prints {@code error}, in Vietnamese); null when ok
 */
public record SyncReport(boolean ok, int pushed, int duplicates, int rejected, int pulled, int deferred, int skipped,
                         String cursor, int pending, int quarantined, int attempts, Long clockSkewSeconds,
                         String clockWarning, Long catalogVersion, Long calendarVersion, boolean documentsChanged,
                         int filesSent, long bytesSent, int filesPending, int filesFetched, String error,
                         long millis, String errorCode, @JsonIgnore Msg errorMsg) {

    /** A report without the error as a message. */
    public SyncReport(boolean ok, int pushed, int duplicates, int rejected, int pulled, int deferred, int skipped,
                      String cursor, int pending, int quarantined, int attempts, Long clockSkewSeconds,
                      String clockWarning, Long catalogVersion, Long calendarVersion, boolean documentsChanged,
                      int filesSent, long bytesSent, int filesPending, int filesFetched, String error,
                      long millis, String errorCode) {
        this(ok, pushed, duplicates, rejected, pulled, deferred, skipped, cursor, pending, quarantined, attempts,
                clockSkewSeconds, clockWarning, catalogVersion, calendarVersion, documentsChanged, filesSent, bytesSent,
                filesPending, filesFetched, error, millis, errorCode, error == null ? null : Msg.text(error));
    }

    /** The server could not be reached or failed (network, 5xx, garbled answer): trying later may help. */
    public boolean unreachable() {
        return "NETWORK".equals(errorCode) || "SERVER_ERROR".equals(errorCode);
    }
}
