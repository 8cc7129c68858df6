package io.lineengage.domain.customer;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An attribute value as it arrived, before typing: JSON brings strings, numbers and booleans; CSV brings only text
 * ({@code fromText}), whose type is read from its shape.
 */
public sealed interface RawValue {
    record Str(String value, boolean fromText) implements RawValue {
        public Str {
            Objects.requireNonNull(value, "value");
        }
    }

    record Num(BigDecimal value) implements RawValue {
        public Num {
            Objects.requireNonNull(value, "value");
        }
    }

    record Boolean(boolean value) implements RawValue {}
}
