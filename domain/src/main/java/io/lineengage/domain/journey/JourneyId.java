package io.lineengage.domain.journey;

import java.util.Objects;
import java.util.UUID;

public record JourneyId(String value) {
    public JourneyId {
        Objects.requireNonNull(value, "value");
    }

    public static JourneyId generate() {
        return new JourneyId("jny_" + UUID.randomUUID().toString().replace("-", ""));
    }

    @Override
    public String toString() {
        return value;
    }
}
