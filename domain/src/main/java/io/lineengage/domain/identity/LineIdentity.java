package io.lineengage.domain.identity;

import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.Objects;

/**
 * A LINE user linked to a customer. LINE user IDs are per provider: the same person has one ID in every channel of
 * a provider, so the link is per (org, provider, LINE user) and covers all the org's accounts of that provider.
 */
public record LineIdentity(OrgId orgId, String provider, String lineUserId, CustomerId customerId, Instant linkedAt) {
    public LineIdentity {
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(lineUserId, "lineUserId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(linkedAt, "linkedAt");
    }
}
