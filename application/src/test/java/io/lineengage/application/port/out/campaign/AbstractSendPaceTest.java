package io.lineengage.application.port.out.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.domain.account.LineAccountId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link SendPace}. A channel's calls of one kind share one bucket across every instance; another
 * kind or another channel does not draw from it. (Most tests let a whole second's calls go at once, with tiny rates
 * and quick calls, so that no refill comes between.)
 */
public abstract class AbstractSendPaceTest {
    /** A pace on the shared storage: two calls give two instances of the service. */
    protected abstract SendPace pace(SendPace.Limits limits);

    /** Limits whose buckets grant a whole second's calls at once. */
    private static SendPace.Limits wholeSecond(int multicastPerSecond, int pushPerSecond) {
        return new SendPace.Limits(multicastPerSecond, pushPerSecond, Duration.ofSeconds(1));
    }

    /** An account no other test draws from. */
    private static LineAccountId anyAccount() {
        return new LineAccountId("la_" + UUID.randomUUID());
    }

    @Test
    void aChannelsCallsShareOneBucketAcrossInstances() {
        SendPace.Limits limits = wholeSecond(3, 1);
        SendPace first = pace(limits);
        SendPace second = pace(limits);
        LineAccountId account = anyAccount();

        assertThat(first.tryAcquire(account, DeliveryLedger.Kind.MULTICAST)).isTrue();
        assertThat(second.tryAcquire(account, DeliveryLedger.Kind.MULTICAST)).isTrue();
        assertThat(first.tryAcquire(account, DeliveryLedger.Kind.MULTICAST)).isTrue();
        assertThat(second.tryAcquire(account, DeliveryLedger.Kind.MULTICAST))
                .as("the fourth in the second")
                .isFalse();

        assertThat(first.tryAcquire(account, DeliveryLedger.Kind.PUSH)).isTrue();
        assertThat(second.tryAcquire(account, DeliveryLedger.Kind.PUSH)).isFalse();
        assertThat(first.tryAcquire(anyAccount(), DeliveryLedger.Kind.PUSH)).isTrue();
    }

    @Test
    void aGroupTakesItsPermitsAtOnce() {
        // Campaigns may push 5 a second of the channel's 6.
        SendPace first = pace(wholeSecond(3, 6));
        SendPace second = pace(wholeSecond(3, 6));
        LineAccountId account = anyAccount();

        first.acquire(account, DeliveryLedger.Kind.PUSH, 4);
        assertThat(second.tryAcquire(account, DeliveryLedger.Kind.PUSH))
                .as("the fifth")
                .isTrue();
        assertThat(second.tryAcquire(account, DeliveryLedger.Kind.PUSH))
                .as("the sixth")
                .isFalse();
        assertThat(first.tryAcquire(account, DeliveryLedger.Kind.MULTICAST))
                .as("another kind's bucket")
                .isTrue();
    }

    @Test
    void aGroupLargerThanASecondsWorthWaitsForTheRest() {
        SendPace pace = pace(wholeSecond(1, 5));
        LineAccountId account = anyAccount();

        long start = System.nanoTime();
        pace.acquire(account, DeliveryLedger.Kind.PUSH, 7);
        // Campaigns may push 4 a second of the channel's 5: the bucket's 4, then three more refilled at 4 a second.
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .as("waited for the three beyond a second's worth")
                .isGreaterThanOrEqualTo(Duration.ofMillis(700));
    }

    @Test
    void campaignsLeaveTransactionalPushesAShareOfTheChannel() {
        SendPace.Limits limits = wholeSecond(3, 40);
        SendPace campaigns = pace(limits);
        SendPace transactional = pace(limits);
        LineAccountId account = anyAccount();
        assertThat(limits.campaignPushPerSecond()).isEqualTo(38);

        campaigns.acquire(account, DeliveryLedger.Kind.PUSH, 38);
        assertThat(campaigns.tryAcquire(account, DeliveryLedger.Kind.PUSH))
                .as("the campaigns' share is used up")
                .isFalse();
        assertThat(transactional.tryAcquireTransactional(account)).isTrue();
        assertThat(transactional.tryAcquireTransactional(account)).isTrue();
        assertThat(transactional.tryAcquireTransactional(account))
                .as("the channel's whole rate is used up")
                .isFalse();
    }

    @Test
    void transactionalPushesMayUseTheWholeRateWhenNoCampaignSends() {
        SendPace pace = pace(wholeSecond(3, 5));
        LineAccountId account = anyAccount();
        for (int i = 0; i < 5; i++) {
            assertThat(pace.tryAcquireTransactional(account)).isTrue();
        }
        assertThat(pace.tryAcquireTransactional(account)).isFalse();
        assertThat(pace.tryAcquire(account, DeliveryLedger.Kind.PUSH))
                .as("a campaign push needs the channel's rate too")
                .isFalse();
        assertThat(pace.tryAcquire(account, DeliveryLedger.Kind.MULTICAST)).isTrue();
    }

    @Test
    void afterAPauseAChannelGetsABurstAtOnceNotASecondsWorth() {
        // Multicast 200 a second, at most a tenth of a second's (20) at once.
        SendPace pace = pace(new SendPace.Limits(200, 2_000, Duration.ofMillis(100)));
        LineAccountId account = anyAccount();
        long start = System.nanoTime();
        int granted = 0;
        for (int i = 0; i < 100; i++) {
            if (pace.tryAcquire(account, DeliveryLedger.Kind.MULTICAST)) {
                granted++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(granted).as("the full bucket's burst").isGreaterThanOrEqualTo(20);
        assertThat((double) granted)
                .as("the burst and what refilled at 200 a second while asking (%.3f s), not 100 at once", seconds)
                .isLessThanOrEqualTo(20 + 200 * seconds + 1);
    }

    @Test
    void aGroupTakesItsPermitsABurstAtATime() {
        SendPace pace = pace(new SendPace.Limits(200, 2_000, Duration.ofMillis(100)));
        LineAccountId account = anyAccount();

        long start = System.nanoTime();
        pace.acquire(account, DeliveryLedger.Kind.MULTICAST, 60);
        // The bucket's burst of 20 at once, then 40 more refilled at 200 a second.
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .as("waited for the 40 beyond the burst")
                .isGreaterThanOrEqualTo(Duration.ofMillis(150));
    }

    @Test
    void aCampaignCallAskedForInASecondsLastTenthIsGrantedInTheNextSecond() throws Exception {
        SendPace pace = pace(SendPace.Limits.LINE);
        LineAccountId account = anyAccount();
        int checked = 0;
        while (checked < 3) {
            long millis = System.currentTimeMillis() % 1_000;
            if (millis < 920) {
                Thread.sleep(920 - millis);
            }
            long asked = System.currentTimeMillis();
            if (!SendPace.inSecondEnd(Instant.ofEpochMilli(asked))) {
                continue; // slept past the margin: try again
            }
            pace.acquire(account, DeliveryLedger.Kind.MULTICAST, 1);
            assertThat(System.currentTimeMillis() / 1_000)
                    .as("granted after the second it was asked in")
                    .isGreaterThan(asked / 1_000);
            checked++;
        }
    }

    @Test
    void noCalendarSecondGetsMoreThanTheLimitEvenFromAFullBucket() throws Exception {
        SendPace pace = pace(wholeSecond(3, 20));
        LineAccountId account = anyAccount();
        Map<Long, Integer> perSecond = new TreeMap<>();
        long end = System.currentTimeMillis() + 3_500;
        while (System.currentTimeMillis() < end) {
            long before = System.currentTimeMillis();
            boolean granted = pace.tryAcquireTransactional(account);
            long after = System.currentTimeMillis();
            if (granted && before / 1000 == after / 1000) { // a grant across a second's edge is in either
                perSecond.merge(after / 1000, 1, Integer::sum);
            } else if (!granted) {
                Thread.sleep(1);
            }
        }
        assertThat(perSecond.values()).allSatisfy(calls -> assertThat(calls).isLessThanOrEqualTo(20));
        assertThat(perSecond.values().stream().mapToInt(Integer::intValue).sum())
                .as("and the limit is still reached, second after second")
                .isGreaterThanOrEqualTo(50);
    }
}
