package vn.motcua.domain.dossier;

import java.util.Set;

/**
 * Who may change which field of a dossier (issue 13, "who may change what"). The facts — applicant, submitter,
 * procedure, channel, documents, receipt time, the statutory appointment, the receiving desk and clerk — are set by
 * the receiving event and changed afterwards only by an explicit correction. A lifecycle action changes only the
 * status, the version and the fields it defines ({@link #definedBy}); an apology only the new appointment. Names are
 * the JSON property names of {@link Dossier}.
 */
public final class DossierFields {
    /** Changed by every accepted event. */
    public static final Set<String> BOOKKEEPING = Set.of("status", "version");
    /** What an apology changes besides the bookkeeping: the promised new appointment. */
    public static final Set<String> APOLOGY = Set.of("rescheduledAt");
    /**
     * Fields only the lifecycle (and apologies) set. An event's copy of those its action does not define may be stale
     * (another desk acted first) and is ignored — the server keeps its own — rather than refused.
     */
    public static final Set<String> LIFECYCLE = Set.of("interopAgency", "supplements", "finishedAt", "returnedAt",
            "rescheduledAt");
    /** Never changed by a correction: identity and everything the lifecycle owns. */
    public static final Set<String> NOT_CORRECTABLE = Set.of("id", "code", "status", "version", "interopAgency",
            "supplements", "finishedAt", "returnedAt", "rescheduledAt", "deskNo", "receivedBy", "receivedById",
            "receivedByName");

    private DossierFields() {
    }

    /** The fields an action sets besides status and version (DossierLifecycle's effects). */
    public static Set<String> definedBy(DossierAction a) {
        return switch (a) {
            case ACCEPT_ONLINE -> Set.of("appointmentAt");
            case INTEROP_SEND, INTEROP_RETURN -> Set.of("interopAgency");
            case REQUEST_SUPPLEMENT -> Set.of("supplements");
            case SUPPLEMENT_RECEIVED -> Set.of("supplements", "appointmentAt", "rescheduledAt");
            case STOP, WITHDRAW -> Set.of("finishedAt", "interopAgency");
            case FINISH -> Set.of("finishedAt");
            case RETURN_RESULT, REVOKE_RETURN -> Set.of("returnedAt");
            case RECEIVE, DENY, TRANSFER, REQUEST_PAYMENT, PAYMENT_RECEIVED -> Set.of();
        };
    }

    /** Whether a correction may change the field. */
    public static boolean correctable(String field) {
        return !NOT_CORRECTABLE.contains(field);
    }
}
