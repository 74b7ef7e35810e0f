package vn.motcua.central.store;

/** A database failure of the central server (a programming or infrastructure error, never the client's fault). */
public class CentralStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CentralStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
