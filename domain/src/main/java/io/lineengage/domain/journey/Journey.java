package io.lineengage.domain.journey;

import io.lineengage.domain.error.ConflictException;
import io.lineengage.domain.error.FieldErrors;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.Objects;

/**
 * A journey: its current definition ({@code version} counts its edits; an entry keeps the version it began on) and
 * where it stands.
 */
public record Journey(
        JourneyId id,
        OrgId orgId,
        String name,
        JourneyStatus status,
        int version,
        JourneyDefinition definition,
        Instant createdAt,
        Instant updatedAt) {
    public static final int NAME_MAX_LENGTH = 200;

    public Journey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        new FieldErrors().requireText(name, "name", NAME_MAX_LENGTH).throwIfAny();
    }

    public static Journey draft(OrgId orgId, String name, JourneyDefinition definition, Instant now) {
        return new Journey(JourneyId.generate(), orgId, name, JourneyStatus.DRAFT, 1, definition, now, now);
    }

    /** A new version: entries already inside finish on theirs. An archived journey is not edited. */
    public Journey edited(String newName, JourneyDefinition newDefinition, Instant now) {
        if (status == JourneyStatus.ARCHIVED) {
            throw new ConflictException("journey " + id + " is archived: it cannot be edited");
        }
        return new Journey(id, orgId, newName, status, version + 1, newDefinition, createdAt, now);
    }

    public Journey moved(JourneyStatus to, Instant now) {
        if (!status.next().contains(to)) {
            throw new ConflictException("journey " + id + " is " + status + ": it cannot become " + to);
        }
        return new Journey(id, orgId, name, to, version, definition, createdAt, now);
    }
}
