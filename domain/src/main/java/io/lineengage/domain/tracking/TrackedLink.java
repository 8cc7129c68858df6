package io.lineengage.domain.tracking;

import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.Objects;

/**
 * A link of ours standing for one URL one recipient was sent: {@code token} (random, unguessable, meaningless) is all
 * the link carries; the URL it redirects to, and whose click it records, are kept here, so a token can only ever lead
 * to the URL the template rendered for that recipient.
 */
public record TrackedLink(
        String token,
        OrgId orgId,
        Source source,
        String sourceId,
        CustomerId customerId,
        String url,
        Instant createdAt) {
    /** What sent the link: a campaign (its ID), a test send of a campaign, or a transactional message (its ID). */
    public enum Source {
        CAMPAIGN,
        TEST,
        TRANSACTIONAL
    }

    public TrackedLink {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
