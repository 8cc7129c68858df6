package io.lineengage.domain.error;

/** The caller did not prove who they are (a missing or wrong signature or credential): nothing was done. */
public final class UnauthenticatedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnauthenticatedException(String message) {
        super(message);
    }
}
