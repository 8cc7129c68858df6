package io.lineengage.domain.account;

import java.util.Objects;
import java.util.UUID;

/** Opaque identifier of a registered LINE account; it is also the last segment of the account's webhook URL. */
public record LineAccountId(String value) {
    public LineAccountId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a LINE account id is never blank");
        }
    }

    public static LineAccountId generate() {
        return new LineAccountId("la_" + UUID.randomUUID().toString().replace("-", ""));
    }

    @Override
    public String toString() {
        return value;
    }
}
