package io.lineengage.adapters.persistence.journey;

import io.lineengage.adapters.persistence.postgres.UnnestColumn;
import io.lineengage.application.port.out.journey.JourneySteps;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.journey.EntryId;
import io.lineengage.domain.journey.JourneyId;
import io.lineengage.domain.org.OrgId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** The steps journey entries ran, one row per (entry, step count). */
final class JdbiJourneySteps implements JourneySteps {
    private final Jdbi jdbi;

    JdbiJourneySteps(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<StepRecord> find(EntryId entryId, int seq) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT entry_id, seq, org_id, journey_id, customer_id, step, kind, via, retry_key, status,
                            reason, line_request_id, at
                        FROM journey_steps WHERE entry_id = :entryId AND seq = :seq""")
                .bind("entryId", entryId.value())
                .bind("seq", seq)
                .map((rs, ctx) -> record(rs))
                .findOne());
    }

    @Override
    public List<StepRecord> from(Map<EntryId, Integer> seqs) {
        if (seqs.isEmpty()) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        List<Integer> froms = new ArrayList<>();
        seqs.forEach((id, seq) -> {
            ids.add(id.value());
            froms.add(seq);
        });
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT s.entry_id, s.seq, s.org_id, s.journey_id, s.customer_id, s.step, s.kind, s.via,
                            s.retry_key, s.status, s.reason, s.line_request_id, s.at
                        FROM unnest(:ids, :froms) AS wanted(entry_id, seq)
                        JOIN journey_steps s ON s.entry_id = wanted.entry_id AND s.seq >= wanted.seq""")
                .bindArray("ids", String.class, ids)
                .bindArray("froms", Integer.class, froms)
                .map((rs, ctx) -> record(rs))
                .list());
    }

    private static StepRecord record(ResultSet rs) throws SQLException {
        return new StepRecord(
                new EntryId(rs.getString("entry_id")),
                rs.getInt("seq"),
                new OrgId(rs.getString("org_id")),
                new JourneyId(rs.getString("journey_id")),
                new CustomerId(rs.getString("customer_id")),
                rs.getInt("step"),
                rs.getString("kind"),
                Optional.ofNullable(rs.getString("via")),
                Optional.ofNullable(rs.getObject("retry_key", UUID.class)),
                rs.getString("status"),
                Optional.ofNullable(rs.getString("reason")),
                Optional.ofNullable(rs.getString("line_request_id")),
                rs.getObject("at", OffsetDateTime.class).toInstant());
    }

    @Override
    public void save(StepRecord record) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO journey_steps (entry_id, seq, org_id, journey_id, customer_id, step, kind, via,
                            retry_key, status, reason, line_request_id, at)
                        VALUES (:entryId, :seq, :orgId, :journeyId, :customerId, :step, :kind, :via, :retryKey,
                            :status, :reason, :lineRequestId, :at)
                        ON CONFLICT (entry_id, seq) DO UPDATE SET via = EXCLUDED.via, retry_key = EXCLUDED.retry_key,
                            status = EXCLUDED.status, reason = EXCLUDED.reason,
                            line_request_id = EXCLUDED.line_request_id, at = EXCLUDED.at""")
                .bind("entryId", record.entryId().value())
                .bind("seq", record.seq())
                .bind("orgId", record.orgId().value())
                .bind("journeyId", record.journeyId().value())
                .bind("customerId", record.customerId().value())
                .bind("step", record.step())
                .bind("kind", record.kind())
                .bind("via", record.via().orElse(null))
                .bind("retryKey", record.retryKey().orElse(null))
                .bind("status", record.status())
                .bind("reason", record.reason().orElse(null))
                .bind("lineRequestId", record.lineRequestId().orElse(null))
                .bind("at", record.at().atOffset(ZoneOffset.UTC))
                .execute());
    }

    @Override
    public void saveAll(List<StepRecord> records) {
        Map<String, StepRecord> last = new TreeMap<>(); // in key order: concurrent writers lock rows alike
        records.forEach(
                record -> last.put(record.entryId().value() + "|" + String.format("%010d", record.seq()), record));
        if (last.isEmpty()) {
            return;
        }
        List<StepRecord> rows = List.copyOf(last.values());
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO journey_steps (entry_id, seq, org_id, journey_id, customer_id, step, kind, via,
                            retry_key, status, reason, line_request_id, at)
                        SELECT * FROM unnest(CAST(:entryIds AS text[]), CAST(:seqs AS integer[]),
                            CAST(:orgIds AS text[]), CAST(:journeyIds AS text[]), CAST(:customerIds AS text[]),
                            CAST(:steps AS integer[]), CAST(:kinds AS text[]), CAST(:vias AS text[]),
                            CAST(:retryKeys AS uuid[]), CAST(:statuses AS text[]), CAST(:reasons AS text[]),
                            CAST(:requestIds AS text[]), CAST(:ats AS timestamptz[]))
                        ON CONFLICT (entry_id, seq) DO UPDATE SET via = EXCLUDED.via, retry_key = EXCLUDED.retry_key,
                            status = EXCLUDED.status, reason = EXCLUDED.reason,
                            line_request_id = EXCLUDED.line_request_id, at = EXCLUDED.at""")
                .bindArray(
                        "entryIds",
                        String.class,
                        UnnestColumn.of(rows, r -> r.entryId().value()))
                .bindArray("seqs", Integer.class, UnnestColumn.of(rows, StepRecord::seq))
                .bindArray(
                        "orgIds",
                        String.class,
                        UnnestColumn.of(rows, r -> r.orgId().value()))
                .bindArray(
                        "journeyIds",
                        String.class,
                        UnnestColumn.of(rows, r -> r.journeyId().value()))
                .bindArray(
                        "customerIds",
                        String.class,
                        UnnestColumn.of(rows, r -> r.customerId().value()))
                .bindArray("steps", Integer.class, UnnestColumn.of(rows, StepRecord::step))
                .bindArray("kinds", String.class, UnnestColumn.of(rows, StepRecord::kind))
                .bindArray(
                        "vias", String.class, UnnestColumn.of(rows, r -> r.via().orElse(null)))
                .bindArray(
                        "retryKeys",
                        String.class,
                        UnnestColumn.of(
                                rows, r -> r.retryKey().map(UUID::toString).orElse(null)))
                .bindArray("statuses", String.class, UnnestColumn.of(rows, StepRecord::status))
                .bindArray(
                        "reasons",
                        String.class,
                        UnnestColumn.of(rows, r -> r.reason().orElse(null)))
                .bindArray(
                        "requestIds",
                        String.class,
                        UnnestColumn.of(rows, r -> r.lineRequestId().orElse(null)))
                .bindArray("ats", String.class, UnnestColumn.of(rows, r -> r.at().toString()))
                .execute());
    }

    @Override
    public long pushesSince(JourneyId id, CustomerId customerId, Instant since) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT count(*) FROM journey_steps
                        WHERE journey_id = :id AND customer_id = :customerId AND status = 'SENT' AND via = 'PUSH'
                          AND at >= :since""")
                .bind("id", id.value())
                .bind("customerId", customerId.value())
                .bind("since", since.atOffset(ZoneOffset.UTC))
                .mapTo(Long.class)
                .one());
    }

    @Override
    public Map<Integer, Map<String, Long>> outcomes(JourneyId id) {
        Map<Integer, Map<String, Long>> outcomes = new HashMap<>();
        jdbi.useHandle(handle -> handle.createQuery("""
                        SELECT step,
                            CASE WHEN status = 'SENT' THEN 'SENT_BY_' || via
                                 WHEN status = 'SKIPPED' THEN 'SKIPPED:' || coalesce(reason, '')
                                 ELSE status END AS outcome,
                            count(*) AS n
                        FROM journey_steps WHERE journey_id = :id GROUP BY 1, 2""")
                .bind("id", id.value())
                .map((rs, ctx) -> new Object[] {rs.getInt("step"), rs.getString("outcome"), rs.getLong("n")})
                .forEach(row -> outcomes.computeIfAbsent((Integer) row[0], step -> new HashMap<>())
                        .put((String) row[1], (Long) row[2])));
        return outcomes;
    }
}
