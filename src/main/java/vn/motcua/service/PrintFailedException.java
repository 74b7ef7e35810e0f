package vn.motcua.service;

import vn.motcua.domain.text.Msg;

/** A printer refused or failed a job; {@link #msg()} says so (a message code, decision 0009), the message in Vietnamese. */
public final class PrintFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Msg msg;

    public PrintFailedException(Msg msg, Throwable cause) {
        super(msg.vi(), cause);
        this.msg = msg;
    }

    public Msg msg() {
        return msg;
    }
}
