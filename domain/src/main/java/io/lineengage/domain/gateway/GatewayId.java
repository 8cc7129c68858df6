package io.lineengage.domain.gateway;

import java.util.Objects;
import java.util.UUID;

public record GatewayId(String value) implements Comparable<GatewayId> {
    public GatewayId {
        Objects.requireNonNull(value, "value");
    }

    public static GatewayId generate() {
        return new GatewayId("gw_" + UUID.randomUUID().toString().replace("-", ""));
    }

    @Override
    public int compareTo(GatewayId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
