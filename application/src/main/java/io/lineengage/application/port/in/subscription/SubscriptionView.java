package io.lineengage.application.port.in.subscription;

import io.lineengage.domain.subscription.ConsentCategory;
import io.lineengage.domain.subscription.SubscriptionStatus;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** A user's status with an account, since when, and their effective consent per category. */
public record SubscriptionView(
        SubscriptionStatus status, Optional<Instant> since, Map<ConsentCategory, Boolean> consents) {
    public SubscriptionView {
        consents = Map.copyOf(consents);
    }
}
