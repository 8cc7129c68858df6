package io.lineengage.domain.template;

import io.lineengage.domain.error.FieldErrors;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.Objects;

/**
 * A message template: 1–5 LINE message objects, kept as written (labels included), that were valid when saved.
 * {@code notificationDisabled} sends them without a push notification; {@code trackClicks} sends every link as a link
 * of ours that records the click and redirects.
 */
public record Template(
        TemplateId id,
        OrgId orgId,
        String name,
        JsonLike messages,
        boolean notificationDisabled,
        boolean trackClicks,
        Instant createdAt,
        Instant updatedAt) {
    public static final int NAME_MAX_LENGTH = 200;

    /** A template whose links are sent as they are written. */
    public Template(
            TemplateId id,
            OrgId orgId,
            String name,
            JsonLike messages,
            boolean notificationDisabled,
            Instant createdAt,
            Instant updatedAt) {
        this(id, orgId, name, messages, notificationDisabled, false, createdAt, updatedAt);
    }

    public Template {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        new FieldErrors().requireText(name, "name", NAME_MAX_LENGTH).throwIfAny();
    }

    /**
     * Whether the messages differ per recipient (a label, or tracked links): personalized messages go out one push per
     * recipient, others by multicast.
     */
    public boolean personalized() {
        return trackClicks || TemplateLabels.uses(messages, label -> true);
    }

    /** Whether any text holds the label {@code name} (such as {@code lineDisplayName}). */
    public boolean uses(String name) {
        return TemplateLabels.uses(messages, label -> label.name().equals(name));
    }
}
