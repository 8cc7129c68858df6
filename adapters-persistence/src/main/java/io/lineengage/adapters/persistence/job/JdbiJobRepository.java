package io.lineengage.adapters.persistence.job;

import io.lineengage.application.port.out.job.JobRepository;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.job.Job;
import io.lineengage.domain.job.JobId;
import io.lineengage.domain.org.OrgId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;

final class JdbiJobRepository implements JobRepository {
    private final Jdbi jdbi;

    JdbiJobRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private static Job job(ResultSet rs) throws SQLException {
        long total = rs.getLong("total");
        OptionalLong totalValue = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(total);
        Timestamp finished = rs.getTimestamp("finished_at");
        return new Job(
                new JobId(rs.getString("id")),
                new OrgId(rs.getString("org_id")),
                rs.getString("kind"),
                new LineAccountId(rs.getString("account_id")),
                Job.State.valueOf(rs.getString("state")),
                rs.getLong("done"),
                totalValue,
                Optional.ofNullable(rs.getString("cursor")),
                Optional.ofNullable(rs.getString("error")),
                rs.getTimestamp("started_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                Optional.ofNullable(finished).map(Timestamp::toInstant));
    }

    private static Update bindJob(Update update, Job job) {
        return update.bind("id", job.id().value())
                .bind("orgId", job.orgId().value())
                .bind("kind", job.kind())
                .bind("accountId", job.accountId().value())
                .bind("state", job.state().name())
                .bind("done", job.done())
                .bind("total", job.total().isPresent() ? job.total().getAsLong() : null)
                .bind("cursor", job.cursor().orElse(null))
                .bind("error", job.error().orElse(null))
                .bind("startedAt", job.startedAt())
                .bind("updatedAt", job.updatedAt())
                .bind("finishedAt", job.finishedAt().orElse(null));
    }

    @Override
    public void insert(Job job) {
        jdbi.useHandle(handle -> bindJob(handle.createUpdate("""
                INSERT INTO jobs (id, org_id, kind, account_id, state, done, total, cursor, error, started_at,
                    updated_at, finished_at, lease_renewed_at)
                VALUES (:id, :orgId, :kind, :accountId, :state, :done, :total, :cursor, :error, :startedAt,
                    :updatedAt, :finishedAt, :updatedAt)"""), job).execute());
    }

    @Override
    public Optional<Job> find(OrgId orgId, JobId id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM jobs WHERE org_id = :orgId AND id = :id")
                .bind("orgId", orgId.value())
                .bind("id", id.value())
                .map((rs, ctx) -> job(rs))
                .findOne());
    }

    @Override
    public boolean update(Job job, String runner) {
        return jdbi.withHandle(handle -> bindJob(handle.createUpdate("""
                        UPDATE jobs SET state = :state, done = :done, total = :total, cursor = :cursor, error = :error,
                            updated_at = :updatedAt, finished_at = :finishedAt, runner = :runner,
                            lease_renewed_at = :updatedAt
                        WHERE id = :id AND org_id = :orgId AND (runner IS NULL OR runner = :runner)"""), job)
                        .bind("runner", runner)
                        .execute())
                == 1;
    }

    @Override
    public Optional<Job> claimAbandoned(String runner, Instant staleBefore, Instant now) {
        return jdbi.inTransaction(handle -> handle.createQuery("""
                        UPDATE jobs SET runner = :runner, lease_renewed_at = :now
                        WHERE id = (SELECT id FROM jobs WHERE state = 'RUNNING'
                                      AND (runner IS NULL OR lease_renewed_at < :staleBefore)
                                    ORDER BY started_at LIMIT 1 FOR UPDATE SKIP LOCKED)
                        RETURNING *""")
                .bind("runner", runner)
                .bind("now", now)
                .bind("staleBefore", staleBefore)
                .map((rs, ctx) -> job(rs))
                .findOne());
    }

    @Override
    public List<Job> running(OrgId orgId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM jobs WHERE org_id = :orgId AND state = 'RUNNING' ORDER BY started_at")
                .bind("orgId", orgId.value())
                .map((rs, ctx) -> job(rs))
                .list());
    }
}
