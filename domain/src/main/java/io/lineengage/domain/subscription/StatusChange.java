package io.lineengage.domain.subscription;

import java.time.Instant;
import java.util.Objects;

/** One entry of a subscription's history: the status before and after, the evidence, and when we recorded it. */
public record StatusChange(
        SubscriptionStatus from, SubscriptionStatus to, StatusEvidence evidence, Instant recordedAt) {
    public StatusChange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
