package io.lineengage.domain.interaction;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.subscription.ConsentCategory;
import io.lineengage.domain.tracking.TrackedLink;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing in a customer's interaction timeline. Entries are ordered newest first by {@code at}, ties by
 * {@code key}, which is unique in the timeline (a page's cursor is the last entry's position).
 */
public sealed interface TimelineEntry {
    TimelineType type();

    Instant at();

    String key();

    Optional<LineAccountId> accountId();

    default Position position() {
        return new Position(at(), key());
    }

    /** Where an entry stands in the timeline; entries after a position are older, or as old with a lower key. */
    record Position(Instant at, String key) {
        public Position {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(key, "key");
        }

        /** The position as a page cursor: opaque to callers, and no personal data beyond the entry's own key. */
        public String cursor() {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString((at + "|" + key).getBytes(StandardCharsets.UTF_8));
        }

        /** The position a cursor stands for; anything this timeline did not give out is refused at {@code cursor}. */
        public static Position ofCursor(String cursor) {
            try {
                String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                int bar = text.indexOf('|');
                if (bar > 0 && bar < text.length() - 1) {
                    return new Position(Instant.parse(text.substring(0, bar)), text.substring(bar + 1));
                }
            } catch (IllegalArgumentException | DateTimeParseException e) {
                // refused below
            }
            throw ValidationException.of("cursor", "is not a cursor this timeline gave out");
        }
    }

    /**
     * A message the brand sent (a campaign's, a test send's, or a transactional one): {@code sourceId} is the
     * campaign's or the message's ID, {@code excerpt} the start of what it said.
     */
    record MessageSent(
            TimelineType type,
            Instant at,
            String key,
            String sourceId,
            String status,
            Optional<String> reason,
            Optional<GatewayId> gatewayId,
            Optional<LineAccountId> accountId,
            Optional<String> lineUserId,
            Optional<String> lineRequestId,
            Optional<String> excerpt)
            implements TimelineEntry {
        public MessageSent {
            if (!type.sent()) {
                throw new IllegalArgumentException(type + " is not a sent message");
            }
        }
    }

    /** What the customer's LINE user did: followed, unfollowed (blocked), wrote, tapped a postback, linked. */
    record EventReceived(
            TimelineType type,
            Instant at,
            String key,
            Optional<LineAccountId> accountId,
            String lineUserId,
            Optional<String> content)
            implements TimelineEntry {}

    /**
     * A step a journey ran for the customer: {@code what} it was (send by reply, wait, branch, ...), its status
     * (SENT, PROBABLY_SENT, FAILED, SKIPPED, DONE) and why.
     */
    record JourneyStepRan(
            Instant at,
            String key,
            Optional<LineAccountId> accountId,
            String journeyId,
            String what,
            String status,
            Optional<String> reason)
            implements TimelineEntry {
        @Override
        public TimelineType type() {
            return TimelineType.JOURNEY_STEP;
        }
    }

    /** A click on a tracked link: what sent it ({@code source}, {@code sourceId}) and the URL it led to. */
    record Clicked(Instant at, String key, TrackedLink.Source source, String sourceId, String url)
            implements TimelineEntry {
        @Override
        public TimelineType type() {
            return TimelineType.CLICK;
        }

        @Override
        public Optional<LineAccountId> accountId() {
            return Optional.empty();
        }
    }

    /** A consent decision with an account, and who made it ({@code source}). */
    record ConsentChanged(
            Instant at,
            String key,
            Optional<LineAccountId> accountId,
            Optional<String> lineUserId,
            ConsentCategory category,
            boolean optedIn,
            String source)
            implements TimelineEntry {
        @Override
        public TimelineType type() {
            return TimelineType.CONSENT_CHANGE;
        }
    }
}
