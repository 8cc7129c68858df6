package io.lineengage.application.port.out.subscription;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.subscription.StatusChange;
import io.lineengage.domain.subscription.Subscription;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Subscription status per (LINE account, LINE user), with the history of every change. */
public interface SubscriptionStore {
    /**
     * The users' subscriptions, held for this unit of work so that concurrent events for the same user apply one
     * after the other; {@link Subscription#UNKNOWN} for users never seen. Every user asked for is in the answer.
     */
    Map<String, Subscription> lockForUpdate(OrgId orgId, LineAccountId accountId, Collection<String> lineUserIds);

    /** Stores each user's newest state and appends every change to the history, in order. */
    void record(OrgId orgId, LineAccountId accountId, List<Recorded> changes, Instant recordedAt);

    Subscription find(OrgId orgId, LineAccountId accountId, String lineUserId);

    /** {@link #find} for several users of one account in one read; every user asked for is in the answer. */
    Map<String, Subscription> findAll(OrgId orgId, LineAccountId accountId, Collection<String> lineUserIds);

    /** Every change, oldest first. */
    List<StatusChange> history(OrgId orgId, LineAccountId accountId, String lineUserId);

    /** One applied change of one user's subscription. */
    record Recorded(String lineUserId, Subscription.Change.Applied change) {}
}
