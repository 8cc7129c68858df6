package io.lineengage.application.service.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.application.fake.CampaignOnlySendPace;
import io.lineengage.application.fake.SettableClock;
import io.lineengage.application.port.out.campaign.DeliveryLedger;
import io.lineengage.application.port.out.campaign.SendPace;
import io.lineengage.domain.account.LineAccountId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** An instance's permits: taken a burst at a time, handed out one per call, good only in their second. */
class HeldPermitsTest {
    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-08T01:00:00.100Z"));
    private final List<String> taken = Collections.synchronizedList(new ArrayList<>());
    private final LineAccountId a = new LineAccountId("la_a");
    private final LineAccountId b = new LineAccountId("la_b");

    /**
     * Records what is taken from the shared pace and grants it at once; within a second's end margin only once the
     * next second began, as the paces do (a settable clock is moved there).
     */
    private SendPace watched(SendPace.Limits limits, Clock clock) {
        return new CampaignOnlySendPace(limits, (account, kind, calls) -> {
            if (clock instanceof SettableClock settable && SendPace.inSecondEnd(settable.instant())) {
                settable.set(settable.instant().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS));
            }
            taken.add(account.value() + " " + kind + " " + calls);
        });
    }

    private SendPace watched(SendPace.Limits limits) {
        return watched(limits, clock);
    }

    private final HeldPermits permits = new HeldPermits(watched(SendPace.Limits.LINE), clock);

    private void take(HeldPermits permits, LineAccountId account, DeliveryLedger.Kind kind, int calls) {
        for (int i = 0; i < calls; i++) {
            permits.takeOne(account, kind);
        }
    }

    @Test
    void permitsAreTakenABurstAtATimeAndHandedOutOnePerCall() {
        // Campaign pushes: 1,900 a second, a burst of 190.
        take(permits, a, DeliveryLedger.Kind.PUSH, 200);
        assertThat(taken).containsExactly("la_a PUSH 190", "la_a PUSH 190");
    }

    @Test
    void nearASecondsEndOnlyWhatTheRestOfTheSecondIsWorthIsTaken() {
        clock.advance(Duration.ofMillis(750)); // 01:00:00.850: 50 ms before the end margin, 95 pushes' worth
        permits.takeOne(a, DeliveryLedger.Kind.PUSH);
        clock.advance(Duration.ofMillis(49)); // 01:00:00.899: at least one
        take(permits, a, DeliveryLedger.Kind.PUSH, 95);
        assertThat(taken).containsExactly("la_a PUSH 95", "la_a PUSH 1");
    }

    @Test
    void noCallStartsInASecondsLastTenthTheNextSecondsBurstIsTakenOnceItBegins() {
        take(permits, a, DeliveryLedger.Kind.PUSH, 3);
        clock.advance(Duration.ofMillis(850)); // 01:00:00.950: the 187 in hand are dropped
        permits.takeOne(a, DeliveryLedger.Kind.PUSH);
        assertThat(taken).containsExactly("la_a PUSH 190", "la_a PUSH 190");
        assertThat(clock.instant())
                .as("the call waited for the next second")
                .isEqualTo(Instant.parse("2026-12-08T01:00:01Z"));
        take(permits, a, DeliveryLedger.Kind.PUSH, 189);
        assertThat(taken).hasSize(2);
    }

    @Test
    void eachChannelAndKindHoldsItsOwn() {
        permits.takeOne(a, DeliveryLedger.Kind.PUSH);
        permits.takeOne(b, DeliveryLedger.Kind.PUSH);
        permits.takeOne(a, DeliveryLedger.Kind.MULTICAST);
        take(permits, a, DeliveryLedger.Kind.PUSH, 189);
        assertThat(taken).containsExactly("la_a PUSH 190", "la_b PUSH 190", "la_a MULTICAST 20");
    }

    @Test
    void permitsGrantedWithinTheMarginAreUsedThereOnAClockThatStands() {
        // A fake clock standing in the margin: the pace could not move it, so the permits it granted are used.
        HeldPermits standing = new HeldPermits(
                watched(SendPace.Limits.LINE, Clock.fixed(Instant.parse("2026-12-08T01:00:00.950Z"), ZoneOffset.UTC)),
                Clock.fixed(Instant.parse("2026-12-08T01:00:00.950Z"), ZoneOffset.UTC));
        take(standing, a, DeliveryLedger.Kind.PUSH, 190);
        assertThat(taken).containsExactly("la_a PUSH 190");
    }

    @Test
    void permitsLeftFromAnEarlierSecondAreDropped() {
        take(permits, a, DeliveryLedger.Kind.PUSH, 3);
        clock.advance(Duration.ofMillis(1_000)); // 01:00:01.100: the 187 left are no good now
        take(permits, a, DeliveryLedger.Kind.PUSH, 1);
        assertThat(taken).containsExactly("la_a PUSH 190", "la_a PUSH 190");
    }

    @Test
    void aSlowChannelIsGivenNoMoreAtOnceThanItsBurst() {
        // 30 multicasts a second: a tenth of a second's is 3, so a call never waits on permits spanning seconds.
        HeldPermits slow = new HeldPermits(watched(new SendPace.Limits(30, 2_000)), clock);
        take(slow, a, DeliveryLedger.Kind.MULTICAST, 4);
        assertThat(taken).containsExactly("la_a MULTICAST 3", "la_a MULTICAST 3");
    }

    @Test
    void sendersOfOneInstanceShareThePermitsInHand() throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int s = 0; s < 8; s++) {
                done.add(senders.submit(() -> take(permits, a, DeliveryLedger.Kind.PUSH, 50)));
            }
            for (Future<?> one : done) {
                one.get();
            }
        } finally {
            senders.shutdownNow();
        }
        assertThat(taken)
                .as("400 calls, 190 permits at a time")
                .containsExactly("la_a PUSH 190", "la_a PUSH 190", "la_a PUSH 190");
    }

    @Test
    void theServicesMicrosecondClockTellsTheSecond() {
        Clock service = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
        HeldPermits onServiceClock = new HeldPermits(watched(SendPace.Limits.LINE, service), service);
        onServiceClock.takeOne(a, DeliveryLedger.Kind.PUSH);
        assertThat(taken).hasSize(1).allMatch(acquired -> acquired.startsWith("la_a PUSH "));
    }
}
