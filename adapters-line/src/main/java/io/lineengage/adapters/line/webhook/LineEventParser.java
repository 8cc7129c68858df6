package io.lineengage.adapters.line.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lineengage.domain.error.FieldErrors;
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

    /** The body's events; a body that is not LINE's shape is a {@link io.lineengage.domain.error.ValidationException}. */
    List<LineEvent> events(JsonNode body) {
        FieldErrors errors = new FieldErrors();
        JsonNode events = body.get("events");
        if (!body.isObject() || events == null || !events.isArray()) {
            errors.add("events", "must be an array (LINE's webhook body: {destination, events})").throwIfAny();
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

    private LineEvent event(JsonNode node, String path, FieldErrors errors) {
        String type = node.path("type").asText(null);
        String eventId = node.path("webhookEventId").asText(null);
        boolean broken = errors.check(type == null, path + ".type", "is required");
        broken |= errors.check(eventId == null || eventId.isBlank(), path + ".webhookEventId", "is required");
        broken |= errors.check(!node.path("timestamp").canConvertToLong(), path + ".timestamp",
                "is required: milliseconds since the epoch");
        if (broken) {
            return null;
        }
        EventMode mode = "standby".equals(node.path("mode").asText()) ? EventMode.STANDBY : EventMode.ACTIVE;
        JsonNode source = node.path("source");
        Optional<String> userId = "user".equals(source.path("type").asText()) || source.hasNonNull("userId")
                ? Optional.ofNullable(source.path("userId").asText(null)) : Optional.empty();
        EventEnvelope envelope = new EventEnvelope(eventId, type, mode, Instant.ofEpochMilli(node.get("timestamp").asLong()),
                userId, node.path("deliveryContext").path("isRedelivery").asBoolean(false), node.toString());
        return switch (type) {
            case "follow" -> new LineEvent.Follow(envelope, node.path("follow").path("isUnblocked").asBoolean(false));
            case "unfollow" -> new LineEvent.Unfollow(envelope);
            case "message" -> {
                JsonNode message = node.path("message");
                String messageType = message.path("type").asText("unknown");
                yield new LineEvent.MessageReceived(envelope, messageType,
                        "text".equals(messageType) ? Optional.ofNullable(message.path("text").asText(null)) : Optional.empty());
            }
            case "postback" -> new LineEvent.Postback(envelope, node.path("postback").path("data").asText(""));
            case "accountLink" -> new LineEvent.AccountLinked(envelope, node.path("link").path("result").asText(""),
                    node.path("link").path("nonce").asText(""));
            default -> new LineEvent.Other(envelope);
        };
    }

    ObjectMapper json() {
        return json;
    }
}
