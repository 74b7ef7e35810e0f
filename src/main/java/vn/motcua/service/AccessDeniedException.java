package vn.motcua.service;

import vn.motcua.domain.text.Msg;

/**
 * The acting user's role does not allow this action (checked in the services, not only in the UI). The message is a
 * key with arguments ({@link #msg()}); {@link #getMessage()} is the Vietnamese text.
 */
public class AccessDeniedException extends RuntimeException {
    private final transient Msg msg;

    public AccessDeniedException(Msg msg) {
        super(msg.vi());
        this.msg = msg;
    }

    /** A refusal whose text has no key yet (prefer the {@link Msg} form). */
    public AccessDeniedException(String messageVi) {
        this(Msg.text(messageVi));
    }

    public Msg msg() {
        return msg;
    }
}
