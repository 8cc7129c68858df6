package io.lineengage.adapters.persistence.journey;

import io.lineengage.application.port.out.journey.JourneyEntries;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.journey.EntryId;
import io.lineengage.domain.journey.JourneyEntry;
import io.lineengage.domain.journey.JourneyId;
import io.lineengage.domain.org.OrgId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Journey entries in PostgreSQL. Entering takes a transaction-scoped advisory lock on (journey, customer), so
 * concurrent triggers of one customer decide one at a time; due entries are claimed with SKIP LOCKED and a hold.
 */
final class JdbiJourneyEntries implements JourneyEntries {
    private static final String COLUMNS =
            "id, org_id, journey_id, version, customer_id, account_id, line_user_id, step,"
                    + " seq, state, reason, due_at, reply_token, reply_until, created_at, updated_at";

    private final Jdbi jdbi;

    JdbiJourneyEntries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<JourneyEntry> enter(
            JourneyEntry entry, Optional<Duration> againAfter, Optional<Instant> heldUntil) {
        return jdbi.inTransaction(handle -> {
            handle.createQuery("SELECT CAST(pg_advisory_xact_lock(hashtext(:key)) AS text)")
                    .bind(
                            "key",
                            entry.journeyId().value() + "|" + entry.customerId().value())
                    .mapTo(String.class)
                    .one();
            // After the lock, so this statement's snapshot sees any entry a concurrent trigger committed first. A held
            // entry is stored due when its hold ends: claims pass over it until then without reading it.
            int stored = bind(
                            handle.createUpdate("INSERT INTO journey_entries (" + COLUMNS + ", held_until)"
                                    + " SELECT :id, :orgId, :journeyId, :version, :customerId, :accountId, :lineUserId,"
                                    + " :step, :seq, :state, :reason, coalesce(CAST(:heldUntil AS timestamptz), :dueAt), :replyToken,"
                                    + " :replyUntil, :createdAt, :updatedAt, NULL"
                                    + " WHERE NOT EXISTS (SELECT 1 FROM journey_entries"
                                    + " WHERE journey_id = :journeyId AND customer_id = :customerId"
                                    + " AND (state = 'ACTIVE' OR CAST(:since AS timestamptz) IS NULL"
                                    + " OR created_at > :since))"),
                            entry)
                    .bind("heldUntil", heldUntil.map(JdbiJourneyEntries::at).orElse(null))
                    .bind(
                            "since",
                            againAfter
                                    .map(period -> at(entry.createdAt().minus(period)))
                                    .orElse(null))
                    .execute();
            if (stored == 0) {
                return Optional.<JourneyEntry>empty();
            }
            return Optional.of(entry);
        });
    }

    @Override
    public List<JourneyEntry> claimDue(Instant now, Duration hold, int max) {
        return jdbi.withHandle(handle -> handle.createQuery("UPDATE journey_entries SET held_until = :until"
                        + " WHERE id IN (SELECT id FROM journey_entries WHERE state = 'ACTIVE' AND due_at <= :now"
                        + " AND (held_until IS NULL OR held_until <= :now) ORDER BY due_at LIMIT :max"
                        + " FOR UPDATE SKIP LOCKED) RETURNING " + COLUMNS)
                .bind("until", at(now.plus(hold)))
                .bind("now", at(now))
                .bind("max", max)
                .map((rs, ctx) -> read(rs))
                .list());
    }

    private static final String SAVE = """
            UPDATE journey_entries SET step = :step, seq = :seq, state = :state, reason = :reason,
                due_at = :dueAt, reply_token = :replyToken, reply_until = :replyUntil,
                held_until = NULL, updated_at = :updatedAt
            WHERE id = :id""";

    @Override
    public void save(JourneyEntry entry) {
        jdbi.useHandle(handle -> bind(handle.createUpdate(SAVE), entry).execute());
    }

    @Override
    public void saveAll(List<JourneyEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        jdbi.useHandle(handle -> {
            PreparedBatch batch = handle.prepareBatch(SAVE);
            for (JourneyEntry entry : entries) {
                bind(batch, entry).add();
            }
            batch.execute();
        });
    }

    @Override
    public List<JourneyEntry> activeOf(LineAccountId accountId, String lineUserId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM journey_entries"
                        + " WHERE account_id = :accountId AND line_user_id = :user AND state = 'ACTIVE'")
                .bind("accountId", accountId.value())
                .bind("user", lineUserId)
                .map((rs, ctx) -> read(rs))
                .list());
    }

    @Override
    public Counts counts(JourneyId id, int version) {
        return jdbi.withHandle(handle -> {
            Map<String, Long> byState = new HashMap<>();
            handle.createQuery("""
                            SELECT CASE WHEN state = 'EXITED' THEN 'EXITED:' || coalesce(reason, '') ELSE state END AS s,
                                count(*) AS n
                            FROM journey_entries WHERE journey_id = :id GROUP BY 1""")
                    .bind("id", id.value())
                    .map((rs, ctx) -> Map.entry(rs.getString("s"), rs.getLong("n")))
                    .forEach(row -> byState.put(row.getKey(), row.getValue()));
            Map<Integer, Long> byStep = new HashMap<>();
            handle.createQuery("""
                            SELECT step, count(*) AS n FROM journey_entries
                            WHERE journey_id = :id AND version = :version AND state = 'ACTIVE' GROUP BY step""")
                    .bind("id", id.value())
                    .bind("version", version)
                    .map((rs, ctx) -> Map.entry(rs.getInt("step"), rs.getLong("n")))
                    .forEach(row -> byStep.put(row.getKey(), row.getValue()));
            return new Counts(byState, byStep);
        });
    }

    private static <S extends SqlStatement<S>> S bind(S statement, JourneyEntry entry) {
        return statement
                .bind("id", entry.id().value())
                .bind("orgId", entry.orgId().value())
                .bind("journeyId", entry.journeyId().value())
                .bind("version", entry.version())
                .bind("customerId", entry.customerId().value())
                .bind("accountId", entry.accountId().value())
                .bind("lineUserId", entry.lineUserId())
                .bind("step", entry.step())
                .bind("seq", entry.seq())
                .bind("state", entry.state().name())
                .bind("reason", entry.reason().orElse(null))
                .bind("dueAt", entry.dueAt().map(JdbiJourneyEntries::at).orElse(null))
                .bind(
                        "replyToken",
                        entry.reply().map(JourneyEntry.ReplyToken::token).orElse(null))
                .bind(
                        "replyUntil",
                        entry.reply().map(reply -> at(reply.usableUntil())).orElse(null))
                .bind("createdAt", at(entry.createdAt()))
                .bind("updatedAt", at(entry.updatedAt()));
    }

    private static JourneyEntry read(ResultSet rs) throws SQLException {
        Optional<Instant> replyUntil = instant(rs, "reply_until");
        return new JourneyEntry(
                new EntryId(rs.getString("id")),
                new OrgId(rs.getString("org_id")),
                new JourneyId(rs.getString("journey_id")),
                rs.getInt("version"),
                new CustomerId(rs.getString("customer_id")),
                new LineAccountId(rs.getString("account_id")),
                rs.getString("line_user_id"),
                rs.getInt("step"),
                rs.getInt("seq"),
                JourneyEntry.State.valueOf(rs.getString("state")),
                Optional.ofNullable(rs.getString("reason")),
                instant(rs, "due_at"),
                Optional.ofNullable(rs.getString("reply_token"))
                        .flatMap(token -> replyUntil.map(until -> new JourneyEntry.ReplyToken(token, until))),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
