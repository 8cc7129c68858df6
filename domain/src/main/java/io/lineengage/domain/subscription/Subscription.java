package io.lineengage.domain.subscription;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A LINE user's status with one account, and the evidence that set it. Events arrive late, twice, or out of order;
 * the status only ever follows the newest evidence, so any order of delivery ends in the same state.
 */
public record Subscription(SubscriptionStatus status, Optional<StatusEvidence> setBy) {
    public static final Subscription UNKNOWN = new Subscription(SubscriptionStatus.UNKNOWN, Optional.empty());

    public Subscription {
        Objects.requireNonNull(status, "status");
        setBy = setBy == null ? Optional.empty() : setBy;
        if (setBy.isPresent() != (status != SubscriptionStatus.UNKNOWN)) {
            throw new IllegalArgumentException("a known status has the evidence that set it; UNKNOWN has none");
        }
    }

    public static Subscription setBy(StatusEvidence evidence) {
        return new Subscription(evidence.status(), Optional.of(evidence));
    }

    /** When the event that set the status happened; empty while UNKNOWN. */
    public Optional<Instant> since() {
        return setBy.map(StatusEvidence::occurredAt);
    }

    /** What {@code evidence} does to this subscription. */
    public Change apply(StatusEvidence evidence) {
        if (setBy.isPresent()) {
            int order = evidence.compareTo(setBy.get());
            if (order == 0) {
                return new Change.Ignored(this, Change.Reason.DUPLICATE);
            }
            if (order < 0) {
                return new Change.Ignored(this, Change.Reason.OLDER_THAN_CURRENT);
            }
        }
        return new Change.Applied(this, setBy(evidence));
    }

    /** The outcome of applying evidence: a new state (possibly the same status, newer evidence), or nothing. */
    public sealed interface Change {
        Subscription after();

        record Applied(Subscription before, Subscription after) implements Change {
            /** Whether the status itself changed (not only the evidence behind it). */
            public boolean statusChanged() {
                return before.status() != after.status();
            }
        }

        record Ignored(Subscription after, Reason reason) implements Change {}

        enum Reason {
            DUPLICATE,
            OLDER_THAN_CURRENT
        }
    }
}
