package io.lineengage.application.fake;

import io.lineengage.application.port.out.job.JobRepository;
import io.lineengage.domain.job.Job;
import io.lineengage.domain.job.JobId;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryJobRepository implements JobRepository {
    private record Held(Job job, String runner, Instant leaseRenewedAt) {}

    private final Map<JobId, Held> jobs = new LinkedHashMap<>();

    @Override
    public synchronized void insert(Job job) {
        jobs.put(job.id(), new Held(job, null, job.updatedAt()));
    }

    @Override
    public synchronized Optional<Job> find(OrgId orgId, JobId id) {
        return Optional.ofNullable(jobs.get(id))
                .map(Held::job)
                .filter(job -> job.orgId().equals(orgId));
    }

    @Override
    public synchronized boolean update(Job job, String runner) {
        Held held = jobs.get(job.id());
        if (held == null || (held.runner() != null && !held.runner().equals(runner))) {
            return false;
        }
        jobs.put(job.id(), new Held(job, runner, job.updatedAt()));
        return true;
    }

    @Override
    public synchronized Optional<Job> claimAbandoned(String runner, Instant staleBefore, Instant now) {
        for (Held held : jobs.values()) {
            if (held.job().state() == Job.State.RUNNING
                    && (held.runner() == null || held.leaseRenewedAt().isBefore(staleBefore))) {
                jobs.put(held.job().id(), new Held(held.job(), runner, now));
                return Optional.of(held.job());
            }
        }
        return Optional.empty();
    }

    @Override
    public synchronized List<Job> running(OrgId orgId) {
        return jobs.values().stream()
                .map(Held::job)
                .filter(job -> job.orgId().equals(orgId) && job.state() == Job.State.RUNNING)
                .toList();
    }
}
