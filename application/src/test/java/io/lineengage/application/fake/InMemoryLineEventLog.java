package io.lineengage.application.fake;

import io.lineengage.application.port.out.webhook.LineEventLog;
import io.lineengage.application.port.out.webhook.PendingEvent;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.webhook.LineEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryLineEventLog implements LineEventLog {
    private record Stored(PendingEvent pending, Instant receivedAt, String outcome) {}

    private final Map<String, Stored> events = new LinkedHashMap<>();

    private static String key(LineAccountId accountId, String eventId) {
        return accountId.value() + "|" + eventId;
    }

    @Override
    public synchronized List<LineEvent> storeNew(
            OrgId orgId, LineAccountId accountId, List<LineEvent> batch, Instant receivedAt) {
        List<LineEvent> stored = new ArrayList<>();
        for (LineEvent event : batch) {
            String key = key(accountId, event.envelope().webhookEventId());
            if (!events.containsKey(key)) {
                events.put(key, new Stored(new PendingEvent(orgId, accountId, event), receivedAt, null));
                stored.add(event);
            }
        }
        return stored;
    }

    @Override
    public synchronized List<PendingEvent> claimPending(int limit) {
        return events.values().stream()
                .filter(stored -> stored.outcome() == null)
                .limit(limit)
                .map(Stored::pending)
                .toList();
    }

    @Override
    public synchronized void markProcessed(List<Processed> processed, Instant processedAt) {
        for (Processed event : processed) {
            events.computeIfPresent(
                    key(event.accountId(), event.webhookEventId()),
                    (key, stored) -> new Stored(stored.pending(), stored.receivedAt(), event.outcome()));
        }
    }

    @Override
    public synchronized long pendingCount() {
        return events.values().stream()
                .filter(stored -> stored.outcome() == null)
                .count();
    }

    /** What processing said about the event, for tests. */
    public synchronized Optional<String> outcome(LineAccountId accountId, String webhookEventId) {
        return Optional.ofNullable(events.get(key(accountId, webhookEventId))).map(Stored::outcome);
    }

    @Override
    public synchronized List<Received> recent(OrgId orgId, int limit) {
        List<Received> all = new ArrayList<>();
        events.values().stream()
                .filter(stored -> stored.pending().orgId().equals(orgId))
                .forEach(stored -> all.add(new Received(stored.pending(), stored.receivedAt())));
        Collections.reverse(all);
        return all.subList(0, Math.min(limit, all.size()));
    }
}
