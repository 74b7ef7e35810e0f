package vn.motcua.store;

/** A storage failure that is not the user's fault (I/O, corrupt file, SQL error). */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
