package io.lineengage.application.port.out.job;

import io.lineengage.domain.job.Job;
import io.lineengage.domain.job.JobId;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Background jobs and their progress, so that a restarted service can resume them. */
public interface JobRepository {
    void insert(Job job);

    Optional<Job> find(OrgId orgId, JobId id);

    /** Stores the job's progress if this runner still holds it (its lease); false when another runner took it over. */
    boolean update(Job job, String runner);

    /**
     * Takes over one RUNNING job whose runner stopped renewing its lease before {@code staleBefore} (or that has no
     * runner), for {@code runner}; empty when there is none.
     */
    Optional<Job> claimAbandoned(String runner, Instant staleBefore, Instant now);

    /** Every job of the kind that is running, whoever runs it. */
    List<Job> running(OrgId orgId);
}
