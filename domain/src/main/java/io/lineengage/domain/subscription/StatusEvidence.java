package io.lineengage.domain.subscription;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * Something that says what a user's status became, and when it happened: a follow or unfollow webhook (its LINE
 * timestamp and webhook event ID), or a follower backfill. Evidence is ordered by when it happened; the event ID
 * breaks ties, so any two pieces of evidence are always in the same order.
 */
public record StatusEvidence(SubscriptionStatus status, Instant occurredAt, String eventId, Source source)
        implements Comparable<StatusEvidence> {
    private static final Comparator<StatusEvidence> ORDER =
            Comparator.comparing(StatusEvidence::occurredAt).thenComparing(StatusEvidence::eventId);

    public enum Source {
        WEBHOOK,
        BACKFILL
    }

    public StatusEvidence {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(source, "source");
        if (status == SubscriptionStatus.UNKNOWN) {
            throw new IllegalArgumentException("evidence says FOLLOWING or BLOCKED");
        }
    }

    @Override
    public int compareTo(StatusEvidence other) {
        return ORDER.compare(this, other);
    }
}
