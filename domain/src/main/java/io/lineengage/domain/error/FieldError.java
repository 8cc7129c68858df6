package io.lineengage.domain.error;

import java.util.Objects;

/** One thing wrong with one field of the caller's input; {@code field} is a path such as {@code messages[1].text}. */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
