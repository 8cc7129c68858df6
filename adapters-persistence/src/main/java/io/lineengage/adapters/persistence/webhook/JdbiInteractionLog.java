package io.lineengage.adapters.persistence.webhook;

import io.lineengage.application.port.out.webhook.InteractionLog;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.interaction.Interaction;
import io.lineengage.domain.org.OrgId;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

final class JdbiInteractionLog implements InteractionLog {
    private final Jdbi jdbi;

    JdbiInteractionLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void record(List<Interaction> interactions) {
        if (interactions.isEmpty()) {
            return;
        }
        jdbi.useHandle(handle -> {
            PreparedBatch batch = handle.prepareBatch("""
                    INSERT INTO line_interactions (account_id, webhook_event_id, org_id, line_user_id, kind, content,
                        occurred_at)
                    VALUES (:accountId, :eventId, :orgId, :userId, :kind, :content, :occurredAt)
                    ON CONFLICT (account_id, webhook_event_id) DO NOTHING""");
            for (Interaction interaction : interactions) {
                batch.bind("accountId", interaction.accountId().value())
                        .bind("eventId", interaction.eventId())
                        .bind("orgId", interaction.orgId().value())
                        .bind("userId", interaction.lineUserId())
                        .bind("kind", interaction.kind().name())
                        .bind("content", interaction.content())
                        .bind("occurredAt", interaction.occurredAt())
                        .add();
            }
            batch.execute();
        });
    }

    @Override
    public List<Interaction> recent(OrgId orgId, LineAccountId accountId, String lineUserId, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT webhook_event_id, kind, content, occurred_at FROM line_interactions
                        WHERE org_id = :orgId AND account_id = :accountId AND line_user_id = :userId
                        ORDER BY occurred_at DESC, webhook_event_id DESC LIMIT :limit""")
                .bind("orgId", orgId.value())
                .bind("accountId", accountId.value())
                .bind("userId", lineUserId)
                .bind("limit", limit)
                .map((rs, ctx) -> new Interaction(
                        orgId,
                        accountId,
                        lineUserId,
                        rs.getString("webhook_event_id"),
                        Interaction.Kind.valueOf(rs.getString("kind")),
                        rs.getString("content"),
                        rs.getTimestamp("occurred_at").toInstant()))
                .list());
    }
}
