package io.lineengage.domain.audience;

import io.lineengage.domain.error.FieldErrors;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.Objects;

/**
 * A saved audience: a name and a filter, kept as written so that it reads back the same; it was valid against the
 * org's catalogue when saved, and is parsed again whenever it is evaluated (an account may have gone since).
 */
public record Audience(AudienceId id, OrgId orgId, String name, JsonLike filter, Instant createdAt, Instant updatedAt) {
    public static final int NAME_MAX_LENGTH = 200;

    public Audience {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        new FieldErrors().requireText(name, "name", NAME_MAX_LENGTH).throwIfAny();
    }
}
