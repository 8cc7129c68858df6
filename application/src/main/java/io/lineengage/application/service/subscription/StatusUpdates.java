package io.lineengage.application.service.subscription;

import io.lineengage.application.port.out.subscription.SubscriptionStore;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.subscription.StatusEvidence;
import io.lineengage.domain.subscription.Subscription;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Applies pieces of status evidence (webhooks, backfills) to subscriptions as a set: the users are locked together,
 * each piece is applied in order by the domain rule, and every applied change is recorded at once. Runs inside the
 * caller's unit of work.
 */
public final class StatusUpdates {
    private final SubscriptionStore subscriptions;

    public StatusUpdates(SubscriptionStore subscriptions) {
        this.subscriptions = subscriptions;
    }

    /** One piece of evidence about one user. */
    public record Update(String lineUserId, StatusEvidence evidence) {}

    /** Answers what each update did, in the order given. */
    public List<Subscription.Change> apply(
            OrgId orgId, LineAccountId accountId, List<Update> updates, Instant recordedAt) {
        if (updates.isEmpty()) {
            return List.of();
        }
        TreeSet<String> users = new TreeSet<>();
        updates.forEach(update -> users.add(update.lineUserId()));
        Map<String, Subscription> current = new HashMap<>(subscriptions.lockForUpdate(orgId, accountId, users));
        List<Subscription.Change> changes = new ArrayList<>(updates.size());
        List<SubscriptionStore.Recorded> applied = new ArrayList<>();
        for (Update update : updates) {
            Subscription.Change change = current.getOrDefault(update.lineUserId(), Subscription.UNKNOWN)
                    .apply(update.evidence());
            current.put(update.lineUserId(), change.after());
            if (change instanceof Subscription.Change.Applied done) {
                applied.add(new SubscriptionStore.Recorded(update.lineUserId(), done));
            }
            changes.add(change);
        }
        if (!applied.isEmpty()) {
            subscriptions.record(orgId, accountId, applied, recordedAt);
        }
        return changes;
    }
}
