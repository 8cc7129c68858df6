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
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

final class JdbiSubscriptionStore implements SubscriptionStore {
    private final Jdbi jdbi;

    JdbiSubscriptionStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Map<String, Subscription> lockForUpdate(
            OrgId orgId, LineAccountId accountId, Collection<String> lineUserIds) {
        if (lineUserIds.isEmpty()) {
            return Map.of();
        }
        // Sorted, so that two workers locking overlapping users take the locks in the same order (no deadlock).
        List<String> users = new ArrayList<>(new TreeSet<>(lineUserIds));
        return jdbi.withHandle(handle -> {
            // A row to lock even for users never seen, so that two first events for one user wait for each other.
            handle.createUpdate("""
                            INSERT INTO line_subscriptions (account_id, line_user_id, org_id, status, updated_at)
                            SELECT :accountId, u, :orgId, 'UNKNOWN', now() FROM unnest(CAST(:users AS text[])) AS u
                            ORDER BY u
                            ON CONFLICT (account_id, line_user_id) DO NOTHING""")
                    .bind("accountId", accountId.value())
                    .bind("orgId", orgId.value())
                    .bindArray("users", String.class, users)
                    .execute();
            Map<String, Subscription> found = new LinkedHashMap<>();
            // One primary-key probe per user, in the sorted order, locking as it goes: a plain join would let the
            // planner read every subscription of the account for each batch.
            handle.createQuery("""
                            SELECT s.line_user_id, s.status, s.event_at, s.event_id, s.source
                            FROM unnest(CAST(:users AS text[])) AS u (line_user_id)
                            CROSS JOIN LATERAL (
                                SELECT * FROM line_subscriptions s
                                WHERE s.account_id = :accountId AND s.line_user_id = u.line_user_id AND s.org_id = :orgId
                                FOR UPDATE) s""")
                    .bind("orgId", orgId.value())
                    .bind("accountId", accountId.value())
                    .bindArray("users", String.class, users)
                    .map((rs, ctx) -> Map.entry(rs.getString("line_user_id"), subscription(rs)))
                    .forEach(entry -> found.put(entry.getKey(), entry.getValue()));
            users.forEach(user -> found.putIfAbsent(user, Subscription.UNKNOWN));
            return found;
        });
    }

    @Override
    public void record(OrgId orgId, LineAccountId accountId, List<Recorded> changes, Instant recordedAt) {
        if (changes.isEmpty()) {
            return;
        }
        // Each user's newest state once (an upsert may touch a row only once per statement), every change in history.
        Map<String, StatusEvidence> newest = new TreeMap<>();
        changes.forEach(recorded -> newest.put(
                recorded.lineUserId(), recorded.change().after().setBy().orElseThrow()));
        jdbi.useHandle(handle -> {
            PreparedBatch states = handle.prepareBatch("""
                    INSERT INTO line_subscriptions (account_id, line_user_id, org_id, status, event_at, event_id,
                        source, updated_at)
                    VALUES (:accountId, :userId, :orgId, :status, :eventAt, :eventId, :source, :at)
                    ON CONFLICT (account_id, line_user_id) DO UPDATE SET status = EXCLUDED.status,
                        event_at = EXCLUDED.event_at, event_id = EXCLUDED.event_id, source = EXCLUDED.source,
                        updated_at = EXCLUDED.updated_at""");
            newest.forEach((user, evidence) -> states.bind("accountId", accountId.value())
                    .bind("userId", user)
                    .bind("orgId", orgId.value())
                    .bind("status", evidence.status().name())
                    .bind("eventAt", evidence.occurredAt())
                    .bind("eventId", evidence.eventId())
                    .bind("source", evidence.source().name())
                    .bind("at", recordedAt)
                    .add());
            states.execute();
            PreparedBatch history = handle.prepareBatch("""
                    INSERT INTO line_subscription_history (org_id, account_id, line_user_id, from_status,
                        to_status, event_at, event_id, source, recorded_at)
                    VALUES (:orgId, :accountId, :userId, :from, :to, :eventAt, :eventId, :source, :at)""");
            for (Recorded recorded : changes) {
                StatusEvidence evidence = recorded.change().after().setBy().orElseThrow();
                history.bind("orgId", orgId.value())
                        .bind("accountId", accountId.value())
                        .bind("userId", recorded.lineUserId())
                        .bind("from", recorded.change().before().status().name())
                        .bind("to", evidence.status().name())
                        .bind("eventAt", evidence.occurredAt())
                        .bind("eventId", evidence.eventId())
                        .bind("source", evidence.source().name())
                        .bind("at", recordedAt)
                        .add();
            }
            history.execute();
        });
    }

    @Override
    public Subscription find(OrgId orgId, LineAccountId accountId, String lineUserId) {
        return jdbi.withHandle(handle -> select(handle, orgId, accountId, lineUserId, ""));
    }

    @Override
    public Map<String, Subscription> findAll(OrgId orgId, LineAccountId accountId, Collection<String> lineUserIds) {
        Map<String, Subscription> found = new HashMap<>();
        if (lineUserIds.isEmpty()) {
            return found;
        }
        // One primary-key probe per user: with "= ANY" the planner walks the org's status index over every follower.
        jdbi.useHandle(handle -> handle.createQuery("""
                        SELECT s.line_user_id, s.status, s.event_at, s.event_id, s.source
                        FROM unnest(CAST(:users AS text[])) AS u (line_user_id)
                        CROSS JOIN LATERAL (
                            SELECT * FROM line_subscriptions s
                            WHERE s.account_id = :accountId AND s.line_user_id = u.line_user_id AND s.org_id = :orgId) s""")
                .bind("orgId", orgId.value())
                .bind("accountId", accountId.value())
                .bindArray("users", String.class, new ArrayList<>(new TreeSet<>(lineUserIds)))
                .map((rs, ctx) -> Map.entry(rs.getString("line_user_id"), subscription(rs)))
                .forEach(entry -> found.put(entry.getKey(), entry.getValue())));
        lineUserIds.forEach(user -> found.putIfAbsent(user, Subscription.UNKNOWN));
        return found;
    }

    private static Subscription select(
            Handle handle, OrgId orgId, LineAccountId accountId, String lineUserId, String lock) {
        return handle.createQuery("SELECT status, event_at, event_id, source FROM line_subscriptions"
                        + " WHERE org_id = :orgId AND account_id = :accountId AND line_user_id = :userId" + lock)
                .bind("orgId", orgId.value())
                .bind("accountId", accountId.value())
                .bind("userId", lineUserId)
                .map((rs, ctx) -> subscription(rs))
                .findOne()
                .orElse(Subscription.UNKNOWN);
    }

    private static Subscription subscription(ResultSet rs) throws SQLException {
        SubscriptionStatus status = SubscriptionStatus.valueOf(rs.getString("status"));
        if (status == SubscriptionStatus.UNKNOWN) {
            return Subscription.UNKNOWN;
        }
        return Subscription.setBy(new StatusEvidence(
                status,
                rs.getTimestamp("event_at").toInstant(),
                rs.getString("event_id"),
                StatusEvidence.Source.valueOf(rs.getString("source"))));
    }

    @Override
    public List<StatusChange> history(OrgId orgId, LineAccountId accountId, String lineUserId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT from_status, to_status, event_at, event_id, source, recorded_at
                        FROM line_subscription_history
                        WHERE org_id = :orgId AND account_id = :accountId AND line_user_id = :userId ORDER BY id""")
                .bind("orgId", orgId.value())
                .bind("accountId", accountId.value())
                .bind("userId", lineUserId)
                .map((rs, ctx) -> new StatusChange(
                        SubscriptionStatus.valueOf(rs.getString("from_status")),
                        SubscriptionStatus.valueOf(rs.getString("to_status")),
                        new StatusEvidence(
                                SubscriptionStatus.valueOf(rs.getString("to_status")),
                                rs.getTimestamp("event_at").toInstant(),
                                rs.getString("event_id"),
                                StatusEvidence.Source.valueOf(rs.getString("source"))),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list());
    }
}
