package io.lineengage.application.fake;

import io.lineengage.application.port.out.webhook.InteractionLog;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.interaction.Interaction;
import io.lineengage.domain.org.OrgId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryInteractionLog implements InteractionLog {
    private final Map<String, Interaction> interactions = new ConcurrentHashMap<>();

    @Override
    public void record(List<Interaction> batch) {
        batch.forEach(interaction ->
                interactions.putIfAbsent(interaction.accountId().value() + "|" + interaction.eventId(), interaction));
    }

    @Override
    public List<Interaction> recent(OrgId orgId, LineAccountId accountId, String lineUserId, int limit) {
        return interactions.values().stream()
                .filter(i -> i.orgId().equals(orgId)
                        && i.accountId().equals(accountId)
                        && i.lineUserId().equals(lineUserId))
                .sorted(Comparator.comparing(Interaction::occurredAt).reversed())
                .limit(limit)
                .toList();
    }
}
