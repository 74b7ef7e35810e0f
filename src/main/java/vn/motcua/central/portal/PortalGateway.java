package vn.motcua.central.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The national portal as the sender sees it. Provinces reach it through different gateways (the envelope, the
 * sign-in and the URLs differ; the items are the national ones, {@link PortalMapping}), so the envelope lives behind
 * this interface: {@link JsonPortalGateway} is the DVCQG adapter's {@code {session, madonvi, service, …}} envelope.
 * An implementation signs in by itself and signs in again when the session has expired.
 *
 * <p>Every call either answers (the portal read the request and said yes or no) or throws {@link Unavailable}: the
 * portal could not be reached, failed (5xx), timed out or dropped the connection — then nobody knows whether it
 * applied the request, and the sender asks ({@link #lookup}) before sending that change again.
 */
public interface PortalGateway extends AutoCloseable {

    /** {@code DongBoHoSoMC}: one item per dossier; {@code updating} = the portal holds them already. */
    Answer syncDossiers(String unitCode, boolean updating, List<ObjectNode> items) throws Unavailable;

    /** {@code CapNhatTienDoHoSoMC}: progress entries (the sender sends at most 10 per call). */
    Answer updateProgress(String unitCode, List<ObjectNode> entries) throws Unavailable;

    /** {@code TraCuuHoSo}: what the portal holds of a dossier. */
    Lookup lookup(String unitCode, String maHoSo) throws Unavailable;

    @Override
    default void close() {
    }

    /** The portal's answer: {@code error_code} "0" = done; {@code alreadyExists} = send again as an update. */
    record Answer(boolean ok, boolean alreadyExists, String errorCode, String message) {
        public static Answer done() {
            return new Answer(true, false, "0", "");
        }

        /** What to keep as the reason of a refusal. */
        public String reason() {
            return "error_code " + errorCode + (message == null || message.isBlank() ? "" : ": " + message);
        }
    }

    /**
     * What the portal holds of a dossier: nothing ({@code found} false), or its item as last synced and how many
     * progress entries it has.
     */
    record Lookup(boolean found, JsonNode dossier, int progressCount) {
    }

    /** The portal did not answer (unreachable, 5xx, timeout, dropped connection, unreadable answer). */
    final class Unavailable extends Exception {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
