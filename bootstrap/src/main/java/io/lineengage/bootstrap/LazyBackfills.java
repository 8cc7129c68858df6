package io.lineengage.bootstrap;

import io.lineengage.application.port.in.job.FollowerBackfillUseCase;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.job.Job;
import io.lineengage.domain.job.JobId;
import io.lineengage.domain.org.OrgId;
import javax.inject.Provider;

/**
 * The backfill use case, built on first use: the job worker is also the service's {@code JobSignal}, so the two
 * depend on each other and one of them must come a little later.
 */
final class LazyBackfills implements FollowerBackfillUseCase {
    private final Provider<FollowerBackfillUseCase> backfills;

    LazyBackfills(Provider<FollowerBackfillUseCase> backfills) {
        this.backfills = backfills;
    }

    @Override
    public Job start(OrgId orgId, LineAccountId accountId) {
        return backfills.get().start(orgId, accountId);
    }

    @Override
    public Job get(OrgId orgId, JobId id) {
        return backfills.get().get(orgId, id);
    }

    @Override
    public boolean runAbandonedJob(String runner) {
        return backfills.get().runAbandonedJob(runner);
    }
}
