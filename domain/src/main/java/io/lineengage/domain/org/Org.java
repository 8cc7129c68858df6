package io.lineengage.domain.org;

import io.lineengage.domain.error.FieldErrors;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/** A brand using line-engage. Its time zone is where quiet hours and schedules are read. */
public record Org(OrgId id, String name, ZoneId timeZone, Instant createdAt) {
    public static final int NAME_MAX_LENGTH = 200;

    public Org {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(createdAt, "createdAt");
        new FieldErrors().requireText(name, "name", NAME_MAX_LENGTH).throwIfAny();
    }
}
