package io.lineengage.application.port.out.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.application.port.out.StorageFixtures;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.job.Job;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The contract of {@link JobRepository}. */
public abstract class AbstractJobRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-11-26T00:00:00.123456Z");

    protected abstract OrgRepository orgRepository();

    protected abstract LineAccountRepository accountRepository();

    protected abstract JobRepository repository();

    @Test
    void progressIsKeptAndAnAbandonedJobIsTakenOverOnce() {
        JobRepository jobs = repository();
        OrgId org = StorageFixtures.org(orgRepository());
        LineAccountId account = StorageFixtures.insertedAccount(accountRepository(), org);
        Job job = Job.followerBackfill(org, account, T0);
        jobs.insert(job);
        assertThat(jobs.find(org, job.id())).contains(job);
        assertThat(jobs.running(org)).containsExactly(job);

        assertThat(jobs.claimAbandoned("runner-a", T0.minusSeconds(1), T0.plusSeconds(1)))
                .contains(job);
        Job progressed = job.progressed(1000, Optional.of("next-token"), OptionalLong.of(2500), T0.plusSeconds(2));
        assertThat(jobs.update(progressed, "runner-a")).isTrue();
        assertThat(jobs.update(progressed, "runner-b")).isFalse();
        assertThat(jobs.find(org, job.id())).contains(progressed);

        // runner-a renewed its lease at +2 s: not abandoned for a cut-off before that; abandoned for one after.
        assertThat(jobs.claimAbandoned("runner-b", T0.plusSeconds(1), T0.plusSeconds(3)))
                .isEmpty();
        assertThat(jobs.claimAbandoned("runner-b", T0.plusSeconds(10), T0.plusSeconds(11)))
                .contains(progressed);
        Job completed = progressed.completed(T0.plusSeconds(12));
        assertThat(jobs.update(completed, "runner-b")).isTrue();
        assertThat(jobs.running(org)).isEmpty();
        assertThat(jobs.claimAbandoned("runner-c", T0.plusSeconds(100), T0.plusSeconds(100)))
                .isEmpty();
    }
}
