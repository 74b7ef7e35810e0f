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
     * An apology slip with a new appointment. Payload: {@code {"apology": {"reason", "previousAppointment",
     * "newAppointment", "createdAt", "createdBy"}, "dossier": {...after...}, "progress": {...}}}; changes only
     * {@code rescheduledAt} (and the version).
     */
    APOLOGY_ISSUED,
    /**
     * A rating given at the counter screen. Payload: {@code {"rating": {"dossierCode", "level", "reason", "ratedAt",
     * "deskUser"}}}; counted only for a dossier handed back or at the result stage.
     */
    COUNTER_RATED,
    /**
     * An explicit correction of a dossier's facts by the desk that received it. Payload: {@code {"reason",
     * "dossier": {...after...}, "progress": {...}}}; the status and the lifecycle's fields stay as they are.
     */
    DOSSIER_CORRECTED,
    /**
     * The dossier's fee was marked paid at a counter; the status does not change. Payload: {@code {"dossier": {...},
     * "progress": {..., "payment": {"amountVnd", "method": "CASH"|"TRANSFER", "paidAt", "paidBy", "note"?}}}}.
     */
    FEE_PAID;

    public static Optional<EventType> parse(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
}
