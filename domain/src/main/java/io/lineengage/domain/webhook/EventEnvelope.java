package io.lineengage.domain.webhook;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What every webhook event carries: LINE's ID for it, when it happened, from whom, its reply token (follows, messages,
 * postbacks: single use, for about a minute), and its JSON as received.
 */
public record EventEnvelope(
        String webhookEventId,
        String type,
        EventMode mode,
        Instant occurredAt,
        Optional<String> lineUserId,
        boolean redelivery,
        String rawJson,
        Optional<String> replyToken) {
    /** An event without a reply token. */
    public EventEnvelope(
            String webhookEventId,
            String type,
            EventMode mode,
            Instant occurredAt,
            Optional<String> lineUserId,
            boolean redelivery,
            String rawJson) {
        this(webhookEventId, type, mode, occurredAt, lineUserId, redelivery, rawJson, Optional.empty());
    }

    public EventEnvelope {
        Objects.requireNonNull(webhookEventId, "webhookEventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(rawJson, "rawJson");
        lineUserId = lineUserId == null ? Optional.empty() : lineUserId;
        replyToken = replyToken == null ? Optional.empty() : replyToken;
    }
}
