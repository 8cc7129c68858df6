package io.lineengage.adapters.persistence.subscription;

import io.lineengage.application.port.out.subscription.SubscriptionStore;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.subscription.StatusChange;
import io.lineengage.domain.subscription.StatusEvidence;
import io.lineengage.domain.subscription.Subscription;
import io.lineengage.domain.subscription.SubscriptionStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

final class JdbiSubscriptionStore implements SubscriptionStore {
    private final Jdbi jdbi;

    JdbiSubscriptionStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Subscription lockForUpdate(OrgId orgId, LineAccountId accountId, String lineUserId) {
        return jdbi.withHandle(handle -> {
            // A row to lock even for a user never seen, so that two first events for them wait for each other.
            handle.createUpdate("""
                            INSERT INTO line_subscriptions (account_id, line_user_id, org_id, status, updated_at)
                            VALUES (:accountId, :userId, :orgId, 'UNKNOWN', now())
                            ON CONFLICT (account_id, line_user_id) DO NOTHING""")
                    .bind("accountId", accountId.value()).bind("userId", lineUserId).bind("orgId", orgId.value())
                    .execute();
            return select(handle, orgId, accountId, lineUserId, " FOR UPDATE");
        });
    }

    @Override
    public void record(OrgId orgId, LineAccountId accountId, String lineUserId, Subscription.Change.Applied change,
                       Instant recordedAt) {
        StatusEvidence evidence = change.after().setBy().orElseThrow();
        jdbi.useHandle(handle -> {
            handle.createUpdate("""
                            INSERT INTO line_subscriptions (account_id, line_user_id, org_id, status, event_at, event_id,
                                source, updated_at)
                            VALUES (:accountId, :userId, :orgId, :status, :eventAt, :eventId, :source, :at)
                            ON CONFLICT (account_id, line_user_id) DO UPDATE SET status = EXCLUDED.status,
                                event_at = EXCLUDED.event_at, event_id = EXCLUDED.event_id, source = EXCLUDED.source,
                                updated_at = EXCLUDED.updated_at""")
                    .bind("accountId", accountId.value()).bind("userId", lineUserId).bind("orgId", orgId.value())
                    .bind("status", evidence.status().name()).bind("eventAt", evidence.occurredAt())
                    .bind("eventId", evidence.eventId()).bind("source", evidence.source().name()).bind("at", recordedAt)
                    .execute();
            handle.createUpdate("""
                            INSERT INTO line_subscription_history (org_id, account_id, line_user_id, from_status,
                                to_status, event_at, event_id, source, recorded_at)
                            VALUES (:orgId, :accountId, :userId, :from, :to, :eventAt, :eventId, :source, :at)""")
                    .bind("orgId", orgId.value()).bind("accountId", accountId.value()).bind("userId", lineUserId)
                    .bind("from", change.before().status().name()).bind("to", evidence.status().name())
                    .bind("eventAt", evidence.occurredAt()).bind("eventId", evidence.eventId())
                    .bind("source", evidence.source().name()).bind("at", recordedAt).execute();
        });
    }

    @Override
    public Subscription find(OrgId orgId, LineAccountId accountId, String lineUserId) {
        return jdbi.withHandle(handle -> select(handle, orgId, accountId, lineUserId, ""));
    }

    private static Subscription select(Handle handle, OrgId orgId, LineAccountId accountId, String lineUserId,
                                       String lock) {
        return handle.createQuery("SELECT status, event_at, event_id, source FROM line_subscriptions"
                        + " WHERE org_id = :orgId AND account_id = :accountId AND line_user_id = :userId" + lock)
                .bind("orgId", orgId.value()).bind("accountId", accountId.value()).bind("userId", lineUserId)
                .map((rs, ctx) -> subscription(rs))
                .findOne().orElse(Subscription.UNKNOWN);
    }

    private static Subscription subscription(ResultSet rs) throws SQLException {
        SubscriptionStatus status = SubscriptionStatus.valueOf(rs.getString("status"));
        if (status == SubscriptionStatus.UNKNOWN) {
            return Subscription.UNKNOWN;
        }
        return Subscription.setBy(new StatusEvidence(status, rs.getTimestamp("event_at").toInstant(),
                rs.getString("event_id"), StatusEvidence.Source.valueOf(rs.getString("source"))));
    }

    @Override
    public List<StatusChange> history(OrgId orgId, LineAccountId accountId, String lineUserId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT from_status, to_status, event_at, event_id, source, recorded_at
                        FROM line_subscription_history
                        WHERE org_id = :orgId AND account_id = :accountId AND line_user_id = :userId ORDER BY id""")
                .bind("orgId", orgId.value()).bind("accountId", accountId.value()).bind("userId", lineUserId)
                .map((rs, ctx) -> new StatusChange(SubscriptionStatus.valueOf(rs.getString("from_status")),
                        SubscriptionStatus.valueOf(rs.getString("to_status")),
                        new StatusEvidence(SubscriptionStatus.valueOf(rs.getString("to_status")),
                                rs.getTimestamp("event_at").toInstant(), rs.getString("event_id"),
                                StatusEvidence.Source.valueOf(rs.getString("source"))),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list());
    }
}
