package io.lineengage.domain.customer;

import java.util.Objects;
import java.util.UUID;

public record CustomerId(String value) {
    public CustomerId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a customer id is never blank");
        }
    }

    public static CustomerId generate() {
        return new CustomerId("cus_" + UUID.randomUUID().toString().replace("-", ""));
    }

    @Override
    public String toString() {
        return value;
    }
}
