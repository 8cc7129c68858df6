package io.lineengage.application.port.out.subscription;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.subscription.StatusChange;
import io.lineengage.domain.subscription.Subscription;
import java.util.List;

/** Subscription status per (LINE account, LINE user), with the history of every change. */
public interface SubscriptionStore {
    /**
     * The subscription, held for this unit of work so that concurrent events for the same user apply one after the
     * other; {@link Subscription#UNKNOWN} for a user never seen.
     */
    Subscription lockForUpdate(OrgId orgId, LineAccountId accountId, String lineUserId);

    /** Stores the new state and appends the change to the history. */
    void record(OrgId orgId, LineAccountId accountId, String lineUserId, Subscription.Change.Applied change,
                java.time.Instant recordedAt);

    Subscription find(OrgId orgId, LineAccountId accountId, String lineUserId);

    /** Every change, oldest first. */
    List<StatusChange> history(OrgId orgId, LineAccountId accountId, String lineUserId);
}
