package io.lineengage.adapters.persistence.journey;

import io.lineengage.adapters.persistence.postgres.UnnestColumn;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;
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
    public List<JourneyEntry> enterAll(List<Entrant> entrants, Optional<Instant> heldUntil) {
        if (entrants.isEmpty()) {
            return List.of();
        }
        // Of two entrants of one journey and customer the second could only be refused (the first is running).
        Map<String, Entrant> first = new LinkedHashMap<>();
        for (Entrant entrant : entrants) {
            first.putIfAbsent(key(entrant.entry()), entrant);
        }
        List<Entrant> asked = List.copyOf(first.values());
        return jdbi.inTransaction(handle -> {
            // In key order, so that concurrent batches wait for each other instead of deadlocking.
            handle.createQuery("SELECT count(pg_advisory_xact_lock(hashtext(k)))"
                            + " FROM (SELECT k FROM unnest(CAST(:keys AS text[])) AS k ORDER BY k) AS keys")
                    .bindArray(
                            "keys",
                            String.class,
                            asked.stream().map(e -> key(e.entry())).sorted().toList())
                    .mapTo(Long.class)
                    .one();
            // After the locks, so this statement's snapshot sees any entry a concurrent trigger committed first. A
            // held entry is stored due when its hold ends: claims pass over it until then without reading it.
            Set<String> stored = new HashSet<>(handle.createQuery("INSERT INTO journey_entries (" + COLUMNS
                            + ", held_until) SELECT e.id, e.org_id, e.journey_id, e.version, e.customer_id,"
                            + " e.account_id, e.line_user_id, e.step, e.seq, e.state, e.reason,"
                            + " coalesce(CAST(:heldUntil AS timestamptz), e.due_at), e.reply_token, e.reply_until,"
                            + " e.created_at, e.updated_at, NULL"
                            + " FROM unnest(CAST(:ids AS text[]), CAST(:orgs AS text[]), CAST(:journeys AS text[]),"
                            + " CAST(:versions AS integer[]), CAST(:customers AS text[]), CAST(:accounts AS text[]),"
                            + " CAST(:users AS text[]), CAST(:steps AS integer[]), CAST(:seqs AS integer[]),"
                            + " CAST(:states AS text[]), CAST(:reasons AS text[]), CAST(:dueAts AS timestamptz[]),"
                            + " CAST(:tokens AS text[]), CAST(:tokensUntil AS timestamptz[]),"
                            + " CAST(:createdAts AS timestamptz[]), CAST(:updatedAts AS timestamptz[]),"
                            + " CAST(:sinces AS timestamptz[]))"
                            + " AS e (id, org_id, journey_id, version, customer_id, account_id, line_user_id, step,"
                            + " seq, state, reason, due_at, reply_token, reply_until, created_at, updated_at, since)"
                            + " WHERE NOT EXISTS (SELECT 1 FROM journey_entries j"
                            + " WHERE j.journey_id = e.journey_id AND j.customer_id = e.customer_id"
                            + " AND (j.state = 'ACTIVE' OR e.since IS NULL OR j.created_at > e.since))"
                            + " RETURNING id")
                    .bind("heldUntil", heldUntil.map(JdbiJourneyEntries::at).orElse(null))
                    .bindArray(
                            "ids",
                            String.class,
                            UnnestColumn.of(asked, e -> e.entry().id().value()))
                    .bindArray(
                            "orgs",
                            String.class,
                            UnnestColumn.of(asked, e -> e.entry().orgId().value()))
                    .bindArray(
                            "journeys",
                            String.class,
                            UnnestColumn.of(asked, e -> e.entry().journeyId().value()))
                    .bindArray(
                            "versions",
                            Integer.class,
                            UnnestColumn.of(asked, e -> e.entry().version()))
                    .bindArray(
                            "customers",
                            String.class,
                            UnnestColumn.of(asked, e -> e.entry().customerId().value()))
                    .bindArray(
                            "accounts",
                            String.class,
                            UnnestColumn.of(asked, e -> e.entry().accountId().value()))
                    .bindArray(
                            "users",
                            String.class,
                            UnnestColumn.of(asked, e -> e.entry().lineUserId()))
                    .bindArray(
                            "steps",
                            Integer.class,
                            UnnestColumn.of(asked, e -> e.entry().step()))
                    .bindArray(
                            "seqs",
                            Integer.class,
                            UnnestColumn.of(asked, e -> e.entry().seq()))
                    .bindArray(
                            "states",
                            String.class,
                            UnnestColumn.of(asked, e -> e.entry().state().name()))
                    .bindArray(
                            "reasons",
                            String.class,
                            UnnestColumn.of(asked, e -> e.entry().reason().orElse(null)))
                    .bindArray(
                            "dueAts",
                            String.class,
                            UnnestColumn.of(asked, e -> text(e.entry().dueAt())))
                    .bindArray(
                            "tokens",
                            String.class,
                            UnnestColumn.of(
                                    asked,
                                    e -> e.entry()
                                            .reply()
                                            .map(JourneyEntry.ReplyToken::token)
                                            .orElse(null)))
                    .bindArray(
                            "tokensUntil",
                            String.class,
                            UnnestColumn.of(
                                    asked, e -> text(e.entry().reply().map(JourneyEntry.ReplyToken::usableUntil))))
                    .bindArray(
                            "createdAts",
                            String.class,
                            UnnestColumn.of(asked, e -> e.entry().createdAt().toString()))
                    .bindArray(
                            "updatedAts",
                            String.class,
                            UnnestColumn.of(asked, e -> e.entry().updatedAt().toString()))
                    .bindArray(
                            "sinces",
                            String.class,
                            UnnestColumn.of(
                                    asked,
                                    e -> text(e.againAfter()
                                            .map(period -> e.entry().createdAt().minus(period)))))
                    .mapTo(String.class)
                    .list());
            return asked.stream()
                    .map(Entrant::entry)
                    .filter(entry -> stored.contains(entry.id().value()))
                    .toList();
        });
    }

    private static String key(JourneyEntry entry) {
        return entry.journeyId().value() + "|" + entry.customerId().value();
    }

    private static String text(Optional<Instant> instant) {
        return instant.map(Instant::toString).orElse(null);
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
        // One statement, rows in id order (concurrent rounds lock alike); of one entry given twice the last counts.
        Map<String, JourneyEntry> last = new TreeMap<>();
        entries.forEach(entry -> last.put(entry.id().value(), entry));
        List<JourneyEntry> rows = List.copyOf(last.values());
        jdbi.useHandle(handle -> handle.createUpdate("""
                        UPDATE journey_entries e SET step = r.step, seq = r.seq, state = r.state, reason = r.reason,
                            due_at = r.due_at, reply_token = r.reply_token, reply_until = r.reply_until,
                            held_until = NULL, updated_at = r.updated_at
                        FROM unnest(CAST(:ids AS text[]), CAST(:steps AS integer[]), CAST(:seqs AS integer[]),
                            CAST(:states AS text[]), CAST(:reasons AS text[]), CAST(:dueAts AS timestamptz[]),
                            CAST(:tokens AS text[]), CAST(:tokensUntil AS timestamptz[]),
                            CAST(:updatedAts AS timestamptz[]))
                            AS r (id, step, seq, state, reason, due_at, reply_token, reply_until, updated_at)
                        WHERE e.id = r.id""")
                .bindArray(
                        "ids",
                        String.class,
                        UnnestColumn.of(rows, entry -> entry.id().value()))
                .bindArray("steps", Integer.class, UnnestColumn.of(rows, JourneyEntry::step))
                .bindArray("seqs", Integer.class, UnnestColumn.of(rows, JourneyEntry::seq))
                .bindArray(
                        "states",
                        String.class,
                        UnnestColumn.of(rows, entry -> entry.state().name()))
                .bindArray(
                        "reasons",
                        String.class,
                        UnnestColumn.of(rows, entry -> entry.reason().orElse(null)))
                .bindArray("dueAts", String.class, UnnestColumn.of(rows, entry -> text(entry.dueAt())))
                .bindArray(
                        "tokens",
                        String.class,
                        UnnestColumn.of(
                                rows,
                                entry -> entry.reply()
                                        .map(JourneyEntry.ReplyToken::token)
                                        .orElse(null)))
                .bindArray(
                        "tokensUntil",
                        String.class,
                        UnnestColumn.of(rows, entry -> text(entry.reply().map(JourneyEntry.ReplyToken::usableUntil))))
                .bindArray(
                        "updatedAts",
                        String.class,
                        UnnestColumn.of(rows, entry -> entry.updatedAt().toString()))
                .execute());
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
