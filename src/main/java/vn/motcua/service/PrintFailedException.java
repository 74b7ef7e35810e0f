package vn.motcua.service;

/** A printer refused or failed a job; the message says so in Vietnamese for the clerk. */
public final class PrintFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PrintFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
