package io.lineengage.sandbox.channel;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** What a retry key was first accepted as: a repeat within 24 hours answers 409 with this request's ID. */
public record AcceptedRequest(String requestId, JsonNode sentMessages, Instant acceptedAt) {}
