package io.lineengage.application.fake;

import io.lineengage.application.port.out.subscription.SubscriptionStore;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.subscription.StatusChange;
import io.lineengage.domain.subscription.Subscription;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemorySubscriptionStore implements SubscriptionStore {
    private final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();
    private final Map<String, List<StatusChange>> histories = new ConcurrentHashMap<>();

    private static String key(OrgId orgId, LineAccountId accountId, String lineUserId) {
        return orgId.value() + "|" + accountId.value() + "|" + lineUserId;
    }

    @Override
    public Map<String, Subscription> lockForUpdate(
            OrgId orgId, LineAccountId accountId, Collection<String> lineUserIds) {
        Map<String, Subscription> found = new LinkedHashMap<>();
        lineUserIds.forEach(user -> found.put(user, find(orgId, accountId, user)));
        return found;
    }

    @Override
    public synchronized void record(OrgId orgId, LineAccountId accountId, List<Recorded> changes, Instant recordedAt) {
        for (Recorded recorded : changes) {
            String key = key(orgId, accountId, recorded.lineUserId());
            Subscription.Change.Applied change = recorded.change();
            subscriptions.put(key, change.after());
            histories
                    .computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new StatusChange(
                            change.before().status(),
                            change.after().status(),
                            change.after().setBy().orElseThrow(),
                            recordedAt));
        }
    }

    @Override
    public Subscription find(OrgId orgId, LineAccountId accountId, String lineUserId) {
        return subscriptions.getOrDefault(key(orgId, accountId, lineUserId), Subscription.UNKNOWN);
    }

    @Override
    public synchronized Map<String, Subscription> findAll(
            OrgId orgId, LineAccountId accountId, Collection<String> lineUserIds) {
        Map<String, Subscription> found = new HashMap<>();
        lineUserIds.forEach(user -> found.put(user, find(orgId, accountId, user)));
        return found;
    }

    @Override
    public synchronized List<StatusChange> history(OrgId orgId, LineAccountId accountId, String lineUserId) {
        return List.copyOf(histories.getOrDefault(key(orgId, accountId, lineUserId), List.of()));
    }
}
