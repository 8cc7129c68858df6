package io.lineengage.domain.error;

/** The request is valid but clashes with the current state (a duplicate, a link already taken, a stale version). */
public final class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
