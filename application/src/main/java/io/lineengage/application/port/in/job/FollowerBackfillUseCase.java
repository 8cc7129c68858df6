package io.lineengage.application.port.in.job;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.job.Job;
import io.lineengage.domain.job.JobId;
import io.lineengage.domain.org.OrgId;

public interface FollowerBackfillUseCase {
    /** Starts paging through the account's followers in the background; one backfill per account at a time. */
    Job start(OrgId orgId, LineAccountId accountId);

    Job get(OrgId orgId, JobId id);

    /** Takes over a job nobody runs (new, or left by a stopped instance) and runs it to its end; false if none. */
    boolean runAbandonedJob(String runner);
}
