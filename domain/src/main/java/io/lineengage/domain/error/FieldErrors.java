package io.lineengage.domain.error;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every broken rule of one input, so that a caller learns all of them at once.
 * Records validate in their constructors with it and throw once at the end.
 */
public final class FieldErrors {
    private final List<FieldError> errors = new ArrayList<>();

    public FieldErrors add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    /** Adds {@code message} for {@code field} when {@code broken} holds; answers whether it did. */
    public boolean check(boolean broken, String field, String message) {
        if (broken) {
            add(field, message);
        }
        return broken;
    }

    /** A required, non-blank text of at most {@code maxLength} characters. */
    public FieldErrors requireText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            add(field, "is required");
        } else if (value.length() > maxLength) {
            add(field, "must be at most " + maxLength + " characters");
        }
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> list() {
        return List.copyOf(errors);
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
