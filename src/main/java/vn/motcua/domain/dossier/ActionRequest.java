package vn.motcua.domain.dossier;

import java.time.LocalDateTime;
import java.util.Objects;
import vn.motcua.domain.account.Actor;

/**
 * Who asks for a dossier action, when, and the details some actions need.
 *
 * @param actor              the user performing the action
 * @param at                 when the action happens (ThoiDiemXuLy)
 * @param reason             reason or note; required for some actions (for a supplement request: the content to
 *                           supplement); may be null otherwise
 * @param agency             the agency a dossier is forwarded to ({@link DossierAction#INTEROP_SEND}), else null
 * @param supplementDeadline until when the applicant may supplement ({@link DossierAction#REQUEST_SUPPLEMENT}),
 *                           null if not set
 */
public record ActionRequest(
        Actor actor,
        LocalDateTime at,
        String reason,
        String agency,
        LocalDateTime supplementDeadline) {

    public ActionRequest {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }

    /** A request with no reason, agency or deadline. */
    public static ActionRequest of(Actor actor, LocalDateTime at) {
        return new ActionRequest(actor, at, null, null, null);
    }

    public ActionRequest withReason(String newReason) {
        return new ActionRequest(actor, at, newReason, agency, supplementDeadline);
    }

    public ActionRequest withAgency(String newAgency) {
        return new ActionRequest(actor, at, reason, newAgency, supplementDeadline);
    }

    public ActionRequest withSupplementDeadline(LocalDateTime deadline) {
        return new ActionRequest(actor, at, reason, agency, deadline);
    }
}
