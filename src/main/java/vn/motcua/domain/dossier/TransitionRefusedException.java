package vn.motcua.domain.dossier;

import java.util.Objects;
import vn.motcua.domain.text.Msg;

/**
 * A dossier action that the rules do not allow now: wrong status, wrong role, missing reason or agency.
 * {@link #msg()} says why in the reader's language; the exception's message is its Vietnamese text.
 */
public class TransitionRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final DossierAction action;
    private final DossierStatus status;
    private final Msg msg;

    /**
     * @param action    the refused action
     * @param status    the dossier's status when it was refused (null for a draft)
     * @param messageVi the Vietnamese explanation shown to the user
     */
    public TransitionRefusedException(DossierAction action, DossierStatus status, String messageVi) {
        this(action, status, Msg.text(Objects.requireNonNull(messageVi, "messageVi")));
    }

    /** The refusal as a message each front end says in its language; {@link #getMessage()} is the Vietnamese. */
    public TransitionRefusedException(DossierAction action, DossierStatus status, Msg msg) {
        super(msg.vi());
        this.action = Objects.requireNonNull(action, "action");
        this.status = status;
        this.msg = msg;
    }

    /** The explanation, a key with arguments (decision 0009). */
    public Msg msg() {
        return msg;
    }

    public DossierAction action() {
        return action;
    }

    /** The status the dossier was in, or null when the refused action was on a draft. */
    public DossierStatus status() {
        return status;
    }
}
