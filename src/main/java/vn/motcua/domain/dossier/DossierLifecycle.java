package vn.motcua.domain.dossier;

import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import vn.motcua.domain.text.Msg;
import vn.motcua.domain.catalog.SupplementClockPolicy;

/**
 * Performs dossier actions: checks them against the {@link StatusMachine} and the request, and produces the
 * changed dossier with its progress-log row (DOMAIN.md §2.2–2.3). Pure: nothing is stored here.
 *
 * <p>Effects beyond the status: {@code interopAgency} is set by liên thông and cleared on the return, on stop and
 * on withdrawal (it is kept while waiting for a supplement or a payment the agency asked for); {@code finishedAt}
 * is the action's time on 9, 7 and 8; {@code returnedAt} is set on 10 and cleared by a revocation; supplement rounds
 * are opened and closed with the appointment moved per {@link SupplementClockPolicy}; an online dossier's
 * appointment is recounted from its acceptance; {@code version} goes up by one.
 */
public final class DossierLifecycle {

    /** Longest reason or note accepted, in characters (code points). */
    public static final int MAX_REASON_LENGTH = 2000;
    /** Longest interop agency name accepted, in characters (code points). */
    public static final int MAX_AGENCY_LENGTH = 255;

    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final AppointmentClock clock;
    private final SupplementClock supplements;

    public DossierLifecycle(AppointmentClock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.supplements = new SupplementClock(clock);
    }

    /**
     * Registers a draft ("Tiếp nhận"): status 2, version 1, the first "Tiếp nhận hồ sơ" row. The draft's
     * {@code receivedAt} and {@code appointmentAt} are kept as computed at intake; {@code receivedBy} defaults
     * to the actor's username.
     *
     * @throws TransitionRefusedException if {@code draft} has already been received, or the note is too long
     */
    public Transition receive(Dossier draft, ActionRequest r) {
        refuseIfNotAllowed(draft, DossierAction.RECEIVE, r);
        String note = checkedText(DossierAction.RECEIVE, draft, r.reason(), MAX_REASON_LENGTH, "note");
        Dossier after = draft.toBuilder()
                .status(DossierStatus.NEW)
                .receivedBy(draft.receivedBy() != null ? draft.receivedBy() : r.actor().username())
                .version(draft.version() + 1)
                .build();
        return new Transition(draft, after, entry(DossierAction.RECEIVE, after, r, note, null));
    }

    /**
     * Performs {@code a} on {@code d}. {@link DossierAction#RECEIVE} is delegated to {@link #receive}.
     *
     * @param policy how the appointment moves after a supplement; null means the default
     *               {@link SupplementClockPolicy#RECOMPUTE_FROM_COMPLETION}
     * @throws TransitionRefusedException when the status, sub-state or role does not allow it, or the request
     *                                    lacks a required reason or agency, or carries an impossible time
     */
    public Transition apply(Dossier d, DossierAction a, ActionRequest r, SupplementClockPolicy policy) {
        if (a == DossierAction.RECEIVE) {
            return receive(d, r);
        }
        refuseIfNotAllowed(d, a, r);
        String reason = requiredText(a, d, r.reason(), a.reasonRequired(), MAX_REASON_LENGTH,
                a == DossierAction.REQUEST_SUPPLEMENT ? "supplement" : "reason");
        String agency = requiredText(a, d, r.agency(), a.agencyRequired(), MAX_AGENCY_LENGTH, "agency");
        checkTimes(d, a, r);
        Dossier.Builder b = d.toBuilder().status(a.to()).version(d.version() + 1);
        applyEffects(d, a, r, policy, b, reason, agency);
        Dossier after = b.build();
        String agencyInText = a == DossierAction.INTEROP_RETURN ? d.interopAgency() : agency;
        return new Transition(d, after, entry(a, after, r, reason, agencyInText));
    }

    private void applyEffects(Dossier d, DossierAction a, ActionRequest r, SupplementClockPolicy policy,
            Dossier.Builder b, String reason, String agency) {
        LocalDateTime at = r.at();
        switch (a) {
            case ACCEPT_ONLINE -> b.appointmentAt(recountFromAcceptance(d, at));
            case INTEROP_SEND, INTEROP_RETURN -> b.interopAgency(interopAfter(a, d.interopAgency(), agency));
            case REQUEST_SUPPLEMENT -> supplements.pause(d, b, r, reason);
            case SUPPLEMENT_RECEIVED -> supplements.resume(d, b, at, policy);
            case STOP, WITHDRAW -> b.finishedAt(at).interopAgency(interopAfter(a, d.interopAgency(), agency));
            case FINISH -> b.finishedAt(at);
            case RETURN_RESULT -> b.returnedAt(at);
            case REVOKE_RETURN -> b.returnedAt(null);
            case RECEIVE, DENY, TRANSFER, REQUEST_PAYMENT, PAYMENT_RECEIVED -> {
                // status and version only
            }
        }
    }

    /**
     * The liên thông sub-state after an action: the agency named by {@link DossierAction#INTEROP_SEND}; none after
     * the return, a stop or a withdrawal; unchanged by every other action (a supplement or a payment the agency
     * asked for keeps the dossier at the agency). The desk and the central server both judge by this one rule.
     *
     * @param before the agency before the action, or null
     * @param agency the agency the action names (only {@code INTEROP_SEND} names one)
     */
    public static String interopAfter(DossierAction a, String before, String agency) {
        return switch (a) {
            case INTEROP_SEND -> agency;
            case INTEROP_RETURN, STOP, WITHDRAW -> null;
            default -> before;
        };
    }

    /** The clock of an online dossier starts when the counter accepts it; no fixed appointment stays none. */
    private LocalDateTime recountFromAcceptance(Dossier d, LocalDateTime acceptedAt) {
        if (d.appointmentAt() == null || d.processingTime() == null) {
            return d.appointmentAt();
        }
        return clock.dueFrom(acceptedAt, d.processingTime());
    }

    private static void refuseIfNotAllowed(Dossier d, DossierAction a, ActionRequest r) {
        StatusMachine.refusalMsg(d, a, r.actor().role()).ifPresent(message -> {
            throw new TransitionRefusedException(a, d.status(), message);
        });
    }

    private static void checkTimes(Dossier d, DossierAction a, ActionRequest r) {
        if (r.at().isBefore(d.receivedAt())) {
            refuse(a, d, Msg.of("dossier.refused.beforeReceipt", time(r.at()), time(d.receivedAt())));
        }
        if (a == DossierAction.SUPPLEMENT_RECEIVED) {
            LocalDateTime requestedAt = SupplementClock.openRound(d).requestedAt();
            if (r.at().isBefore(requestedAt)) {
                refuse(a, d, Msg.of("dossier.refused.supplementBeforeRequest", time(requestedAt)));
            }
        }
        if (a == DossierAction.REQUEST_SUPPLEMENT && r.supplementDeadline() != null
                && !r.supplementDeadline().isAfter(r.at())) {
            refuse(a, d, Msg.of("dossier.refused.deadline", time(r.supplementDeadline())));
        }
    }

    private static String requiredText(DossierAction a, Dossier d, String raw, boolean required, int maxLength,
            String noun) {
        String text = checkedText(a, d, raw, maxLength, noun);
        if (required && text == null) {
            refuse(a, d, Msg.of("dossier.refused.required", Msg.of("dossier.field." + noun)));
        }
        return text;
    }

    /** NFC, trimmed, blank as null; refused when longer than {@code maxLength}. */
    private static String checkedText(DossierAction a, Dossier d, String raw, int maxLength, String noun) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            refuse(a, d, Msg.of("dossier.refused.tooLong", Msg.of("dossier.field." + noun), String.valueOf(length),
                    String.valueOf(maxLength)));
        }
        return text;
    }

    private static void refuse(DossierAction a, Dossier d, Msg detail) {
        throw new TransitionRefusedException(a, d.status(), StatusMachine.cannot(a, detail));
    }

    /** "09:30 ngày 29/04/2026" / "09:30 on 29/04/2026". */
    private static Msg time(LocalDateTime t) {
        return Msg.of("dossier.time", TIME_OF_DAY.format(t), DATE.format(t));
    }

    private static ProgressEntry entry(DossierAction a, Dossier after, ActionRequest r, String note, String agency) {
        return new ProgressEntry(r.actor().fullName(), r.actor().title(), r.actor().unit(), r.at(),
                a.entryTextVi(agency), after.status(), r.at(), after.appointmentAt(), note);
    }
}
