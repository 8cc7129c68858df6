package io.lineengage.domain.audience;

import io.lineengage.domain.error.FieldErrors;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An uploaded, static list of customers that filters name with {@code {"field": "list", ...}}. */
public record CustomerList(String id, OrgId orgId, String name, long size, Instant createdAt) {
    public static final int NAME_MAX_LENGTH = 200;

    public CustomerList {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(createdAt, "createdAt");
        new FieldErrors().requireText(name, "name", NAME_MAX_LENGTH).throwIfAny();
    }

    public static String newId() {
        return "lst_" + UUID.randomUUID().toString().replace("-", "");
    }
}
