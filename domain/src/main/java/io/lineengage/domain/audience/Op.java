package io.lineengage.domain.audience;

import java.util.Locale;
import java.util.Optional;

/** The comparisons a condition can make (API.md): eq, ne, lt, lte, gt, gte, between, in, contains, exists, within. */
public enum Op {
    EQ,
    NE,
    LT,
    LTE,
    GT,
    GTE,
    BETWEEN,
    IN,
    CONTAINS,
    EXISTS,
    WITHIN;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Op> of(String text) {
        for (Op op : values()) {
            if (op.json().equals(text)) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }
}
