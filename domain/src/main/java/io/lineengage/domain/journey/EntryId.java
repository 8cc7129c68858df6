package io.lineengage.domain.journey;

import java.util.Objects;
import java.util.UUID;

public record EntryId(String value) {
    public EntryId {
        Objects.requireNonNull(value, "value");
    }

    public static EntryId generate() {
        return new EntryId("jen_" + UUID.randomUUID().toString().replace("-", ""));
    }

    @Override
    public String toString() {
        return value;
    }
}
