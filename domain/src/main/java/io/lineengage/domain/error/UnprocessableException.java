package io.lineengage.domain.error;

/**
 * Well-formed input that cannot be acted on as it stands, because of what was stored before (an idempotency key
 * already used for a different request); {@code field} is the input at fault.
 */
public final class UnprocessableException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public UnprocessableException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public FieldError error() {
        return new FieldError(field, getMessage().substring(field.length() + 2));
    }
}
