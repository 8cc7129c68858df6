package io.lineengage.adapters.line.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lineengage.domain.error.FieldErrors;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.text.StoredText;
import io.lineengage.domain.webhook.EventEnvelope;
import io.lineengage.domain.webhook.EventMode;
import io.lineengage.domain.webhook.LineEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a webhook body (webhook.yml's CallbackRequest) into our events, keeping each event's JSON as it came. */
final class LineEventParser {
    private final ObjectMapper json;

    LineEventParser(ObjectMapper json) {
        this.json = json;
    }

    /** The body's events; a body that is not LINE's shape is a {@link ValidationException}. */
    List<LineEvent> events(JsonNode body) {
        FieldErrors errors = new FieldErrors();
        JsonNode events = body.get("events");
        if (!body.isObject() || events == null || !events.isArray()) {
            errors.add("events", "must be an array (LINE's webhook body: {destination, events})")
                    .throwIfAny();
        }
        List<LineEvent> parsed = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            LineEvent event = event(events.get(i), "events[" + i + "]", errors);
            if (event != null) {
                parsed.add(event);
            }
        }
        errors.throwIfAny();
        return parsed;
    }

    /**
     * One event. What LINE users type reaches us as it is, so text is never a reason to refuse an event: its JSON is
     * kept faithfully (escaped where PostgreSQL could not hold it), and the columns read from it get a storable copy.
     * A timestamp outside 1970-9999 is not LINE's: the body is malformed (400, nothing stored).
     */
    private LineEvent event(JsonNode node, String path, FieldErrors errors) {
        String type = text(node.path("type"));
        String eventId = text(node.path("webhookEventId"));
        boolean broken = errors.check(type == null, path + ".type", "is required");
        broken |= errors.check(eventId == null || eventId.isBlank(), path + ".webhookEventId", "is required");
        JsonNode timestamp = node.path("timestamp");
        boolean knownTime = timestamp.isIntegralNumber()
                && timestamp.canConvertToLong()
                && timestamp.longValue() >= 0
                && timestamp.longValue() <= LATEST_TIMESTAMP;
        broken |= errors.check(
                !knownTime, path + ".timestamp", "is required: milliseconds since the epoch, from 1970 to 9999");
        if (broken) {
            return null;
        }
        EventMode mode = "standby".equals(node.path("mode").asText()) ? EventMode.STANDBY : EventMode.ACTIVE;
        JsonNode source = node.path("source");
        Optional<String> userId = "user".equals(source.path("type").asText()) || source.hasNonNull("userId")
                ? Optional.ofNullable(text(source.path("userId")))
                : Optional.empty();
        EventEnvelope envelope = new EventEnvelope(
                eventId,
                type,
                mode,
                Instant.ofEpochMilli(timestamp.longValue()),
                userId,
                node.path("deliveryContext").path("isRedelivery").asBoolean(false),
                raw(node),
                Optional.ofNullable(text(node.path("replyToken"))).filter(token -> !token.isBlank()));
        return switch (type) {
            case "follow" ->
                new LineEvent.Follow(
                        envelope, node.path("follow").path("isUnblocked").asBoolean(false));
            case "unfollow" -> new LineEvent.Unfollow(envelope);
            case "message" -> {
                JsonNode message = node.path("message");
                String messageType =
                        Optional.ofNullable(text(message.path("type"))).orElse("unknown");
                yield new LineEvent.MessageReceived(
                        envelope,
                        messageType,
                        "text".equals(messageType)
                                ? Optional.ofNullable(text(message.path("text")))
                                : Optional.empty());
            }
            case "postback" ->
                new LineEvent.Postback(
                        envelope, orEmpty(text(node.path("postback").path("data"))));
            case "accountLink" ->
                new LineEvent.AccountLinked(
                        envelope,
                        orEmpty(text(node.path("link").path("result"))),
                        orEmpty(text(node.path("link").path("nonce"))));
            // A LINE notification message reached its user; without its tag there is nothing to match it to.
            case "delivery" ->
                Optional.ofNullable(text(node.path("delivery").path("data")))
                        .<LineEvent>map(tag -> new LineEvent.NotificationDelivered(envelope, tag))
                        .orElseGet(() -> new LineEvent.Other(envelope));
            default -> new LineEvent.Other(envelope);
        };
    }

    /** 9999-12-31T23:59:59.999Z: beyond it PostgreSQL's timestamps (and any real event) end. */
    private static final long LATEST_TIMESTAMP = 253_402_300_799_999L;

    private static String text(JsonNode node) {
        return StoredText.storable(node.asText(null));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /**
     * The event's JSON as text PostgreSQL holds: Jackson already escapes U+0000 as {@code \u0000}; an unpaired
     * surrogate (which UTF-8 cannot carry) is kept by escaping every non-ASCII character of that event.
     */
    private String raw(JsonNode node) {
        String raw = node.toString();
        if (StoredText.storable(raw).equals(raw)) {
            return raw;
        }
        try {
            return json.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII).writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed tree always serializes", e);
        }
    }
}
