package io.lineengage.sandbox.channel;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One accepted delivery to one user: what LINE would put in the user's chat. {@code toFollower} is false when the
 * user did not follow the channel at that moment (LINE accepts such a send, but nobody sees it).
 */
public record Received(
        String requestId,
        String retryKey,
        String endpoint,
        JsonNode messages,
        Instant receivedAt,
        boolean toFollower) {}
