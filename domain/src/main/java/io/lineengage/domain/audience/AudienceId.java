package io.lineengage.domain.audience;

import java.util.Objects;
import java.util.UUID;

public record AudienceId(String value) {
    public AudienceId {
        Objects.requireNonNull(value, "value");
    }

    public static AudienceId generate() {
        return new AudienceId("aud_" + UUID.randomUUID().toString().replace("-", ""));
    }

    @Override
    public String toString() {
        return value;
    }
}
