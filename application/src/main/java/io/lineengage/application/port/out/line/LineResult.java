package io.lineengage.application.port.out.line;

import io.lineengage.domain.line.LineFailure;
import java.util.Objects;

/** The answer to a LINE call that reads something: the value, or why there is none. */
public sealed interface LineResult<T> {
    record Success<T>(T value) implements LineResult<T> {
        public Success {
            Objects.requireNonNull(value, "value");
        }
    }

    record Failure<T>(LineFailure failure) implements LineResult<T> {
        public Failure {
            Objects.requireNonNull(failure, "failure");
        }
    }

    static <T> LineResult<T> success(T value) {
        return new Success<>(value);
    }

    static <T> LineResult<T> failure(LineFailure failure) {
        return new Failure<>(failure);
    }
}
