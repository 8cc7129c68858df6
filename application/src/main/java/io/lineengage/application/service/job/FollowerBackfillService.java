package io.lineengage.application.service.job;

import io.lineengage.application.port.in.job.FollowerBackfillUseCase;
import io.lineengage.application.port.out.UnitOfWork;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.job.JobRepository;
import io.lineengage.application.port.out.job.JobSignal;
import io.lineengage.application.port.out.line.FollowerPage;
import io.lineengage.application.port.out.line.LineMessagingPort;
import io.lineengage.application.port.out.line.LineResult;
import io.lineengage.application.service.customer.LineUserProfiles;
import io.lineengage.application.service.subscription.StatusUpdates;
import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.error.ConflictException;
import io.lineengage.domain.error.NotFoundException;
import io.lineengage.domain.job.Job;
import io.lineengage.domain.job.JobId;
import io.lineengage.domain.line.LineFailure;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.subscription.StatusEvidence;
import io.lineengage.domain.subscription.SubscriptionStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Follower backfill: pages through LINE's follower IDs of an account, marks each user FOLLOWING as of the moment the
 * page was read (so newer webhook events still win), and gives unknown users a LINE-only profile. Its progress is
 * stored after every page; a job whose runner stopped is taken over and resumed from the stored page.
 */
public final class FollowerBackfillService implements FollowerBackfillUseCase {
    /** A runner renews its lease with every page; one silent for this long is taken to have stopped. */
    public static final Duration LEASE = Duration.ofSeconds(30);

    private static final int PAGE = 1_000;
    private static final int ATTEMPTS = 5;

    private final JobRepository jobs;
    private final LineAccountRepository accounts;
    private final LineMessagingPort line;
    private final StatusUpdates statusUpdates;
    private final LineUserProfiles profiles;
    private final UnitOfWork unitOfWork;
    private final JobSignal signal;
    private final Clock clock;

    public FollowerBackfillService(
            JobRepository jobs,
            LineAccountRepository accounts,
            LineMessagingPort line,
            StatusUpdates statusUpdates,
            LineUserProfiles profiles,
            UnitOfWork unitOfWork,
            JobSignal signal,
            Clock clock) {
        this.jobs = jobs;
        this.accounts = accounts;
        this.line = line;
        this.statusUpdates = statusUpdates;
        this.profiles = profiles;
        this.unitOfWork = unitOfWork;
        this.signal = signal;
        this.clock = clock;
    }

    @Override
    public Job start(OrgId orgId, LineAccountId accountId) {
        accounts.find(orgId, accountId).orElseThrow(() -> new NotFoundException("LINE account", accountId.value()));
        jobs.running(orgId).stream()
                .filter(job -> job.accountId().equals(accountId))
                .findFirst()
                .ifPresent(job -> {
                    throw new ConflictException("a follower backfill of this account is running: " + job.id());
                });
        Job job = Job.followerBackfill(orgId, accountId, clock.instant());
        jobs.insert(job);
        signal.jobStarted();
        return job;
    }

    @Override
    public Job get(OrgId orgId, JobId id) {
        return jobs.find(orgId, id).orElseThrow(() -> new NotFoundException("job", id.value()));
    }

    @Override
    public boolean runAbandonedJob(String runner) {
        Instant now = clock.instant();
        Optional<Job> claimed = jobs.claimAbandoned(runner, now.minus(LEASE), now);
        claimed.ifPresent(job -> run(job, runner));
        return claimed.isPresent();
    }

    private void run(Job job, String runner) {
        Optional<LineAccount> account = accounts.find(job.orgId(), job.accountId());
        if (account.isEmpty()) {
            jobs.update(job.failed("the LINE account is gone", clock.instant()), runner);
            return;
        }
        OptionalLong total = job.total();
        if (total.isEmpty()
                && line.followerCount(account.get().credentials()) instanceof LineResult.Success<Long> count) {
            total = OptionalLong.of(count.value());
        }
        boolean restartedOnce = false;
        while (true) {
            LineResult<FollowerPage> page = fetch(account.get(), job.cursor().orElse(null));
            if (page instanceof LineResult.Failure<FollowerPage> failure) {
                boolean staleCursor = failure.failure() instanceof LineFailure.InvalidRequest
                        && job.cursor().isPresent();
                if (staleCursor && !restartedOnce) {
                    // LINE's continuation tokens do not last: start over (re-marking is harmless, older evidence
                    // loses).
                    restartedOnce = true;
                    job = new Job(
                            job.id(),
                            job.orgId(),
                            job.kind(),
                            job.accountId(),
                            job.state(),
                            0,
                            total,
                            Optional.empty(),
                            Optional.empty(),
                            job.startedAt(),
                            clock.instant(),
                            Optional.empty());
                    continue;
                }
                jobs.update(job.failed(failure.failure().describe(), clock.instant()), runner);
                return;
            }
            FollowerPage followers = ((LineResult.Success<FollowerPage>) page).value();
            Instant readAt = clock.instant();
            apply(job, account.get(), followers.userIds(), readAt);
            job = job.progressed(followers.userIds().size(), followers.next(), total, clock.instant());
            if (followers.next().isEmpty()) {
                jobs.update(job.completed(clock.instant()), runner);
                return;
            }
            if (!jobs.update(job, runner)) {
                return; // another runner took the job over
            }
        }
    }

    private LineResult<FollowerPage> fetch(LineAccount account, String cursor) {
        LineResult<FollowerPage> page = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            page = line.followerIds(account.credentials(), cursor, PAGE);
            if (!(page instanceof LineResult.Failure<FollowerPage> failure)
                    || !failure.failure().retryable()) {
                return page;
            }
            pause(attempt);
        }
        return page;
    }

    private void apply(Job job, LineAccount account, List<String> users, Instant readAt) {
        String eventId = "backfill:" + job.id();
        List<StatusUpdates.Update> updates = users.stream()
                .map(user -> new StatusUpdates.Update(
                        user,
                        new StatusEvidence(
                                SubscriptionStatus.FOLLOWING, readAt, eventId, StatusEvidence.Source.BACKFILL)))
                .toList();
        unitOfWork.run(() -> {
            statusUpdates.apply(job.orgId(), job.accountId(), updates, readAt);
            profiles.ensureCustomers(job.orgId(), account.providerName(), users, readAt);
        });
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(200L << attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
