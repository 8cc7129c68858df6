package io.lineengage.domain.subscription;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.Objects;

/** One consent decision, kept in the history: who (by {@code source}) opted the user in or out of what, when. */
public record ConsentChange(
        OrgId orgId,
        LineAccountId accountId,
        String lineUserId,
        ConsentCategory category,
        boolean optedIn,
        String source,
        Instant changedAt) {
    public ConsentChange {
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(lineUserId, "lineUserId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
