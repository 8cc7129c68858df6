package io.lineengage.domain.org;

import java.util.Objects;
import java.util.UUID;

/** Opaque identifier of an org (a brand, the tenant). */
public record OrgId(String value) {
    public OrgId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an org id is never blank");
        }
    }

    public static OrgId generate() {
        return new OrgId("org_" + UUID.randomUUID().toString().replace("-", ""));
    }

    @Override
    public String toString() {
        return value;
    }
}
