package vn.motcua.service;

/** The acting user's role does not allow this action (checked in the services, not only in the UI). */
public class AccessDeniedException extends RuntimeException {
    public AccessDeniedException(String messageVi) {
        super(messageVi);
    }
}
