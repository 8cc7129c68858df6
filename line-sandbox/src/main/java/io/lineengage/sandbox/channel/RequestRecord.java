package io.lineengage.sandbox.channel;

import java.time.Instant;
import java.util.Map;

/** One API call the sandbox saw, and what it answered; tests read these to check what a client really sent. */
public record RequestRecord(
        String requestId,
        Instant at,
        String method,
        String path,
        String query,
        Map<String, String> headers,
        String body,
        int status,
        String responseBody) {}
