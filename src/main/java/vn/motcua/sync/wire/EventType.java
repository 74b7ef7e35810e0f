package vn.motcua.sync.wire;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of event a desk pushes; the names are the wire names. */
public enum EventType {
    /** A dossier was received at the desk. Payload: {@code {"dossier": {...}, "progress": {...}}}. */
    DOSSIER_RECEIVED,
    /** A lifecycle action. Payload: {@code {"action": "FINISH", "dossier": {...after...}, "progress": {...}}}. */
    DOSSIER_TRANSITIONED,
    /**
     * The dossier's fee was marked paid at a counter; the status does not change. Payload: {@code {"dossier": {...},
     * "progress": {..., "payment": {"amountVnd", "method": "CASH"|"TRANSFER", "paidAt", "paidBy", "note"?}}}}.
     */
    FEE_PAID;

    public static Optional<EventType> parse(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
}
