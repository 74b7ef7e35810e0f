package vn.motcua.domain.dossier;

import java.util.Objects;

/**
 * A dossier action that the rules do not allow now: wrong status, wrong role, missing reason or agency.
 * The message is Vietnamese and meant to be shown to the user as is.
 */
public class TransitionRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final DossierAction action;
    private final DossierStatus status;

    /**
     * @param action    the refused action
     * @param status    the dossier's status when it was refused (null for a draft)
     * @param messageVi the Vietnamese explanation shown to the user
     */
    public TransitionRefusedException(DossierAction action, DossierStatus status, String messageVi) {
        super(Objects.requireNonNull(messageVi, "messageVi"));
        this.action = Objects.requireNonNull(action, "action");
        this.status = status;
    }

    public DossierAction action() {
        return action;
    }

    /** The status the dossier was in, or null when the refused action was on a draft. */
    public DossierStatus status() {
        return status;
    }
}
