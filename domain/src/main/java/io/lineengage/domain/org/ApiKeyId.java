package io.lineengage.domain.org;

import java.util.Objects;
import java.util.UUID;

public record ApiKeyId(String value) {
    public ApiKeyId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an API key id is never blank");
        }
    }

    public static ApiKeyId generate() {
        return new ApiKeyId("key_" + UUID.randomUUID().toString().replace("-", ""));
    }

    @Override
    public String toString() {
        return value;
    }
}
