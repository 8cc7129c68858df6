package io.lineengage.application.service.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lineengage.application.fake.SettableClock;
import io.lineengage.application.port.out.campaign.DeliveryLedger;
import io.lineengage.application.port.out.campaign.SendPace;
import io.lineengage.domain.account.LineAccountId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sender's permits: taken a few calls ahead, never more than the calls left, good only in their second. */
class HeldPermitsTest {
    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-08T01:00:00.100Z"));
    private final List<String> taken = new ArrayList<>();
    private final LineAccountId a = new LineAccountId("la_a");
    private final LineAccountId b = new LineAccountId("la_b");
    private final SendPace pace = new SendPace() {
        @Override
        public void acquire(LineAccountId account, DeliveryLedger.Kind kind, int calls) {
            taken.add(account.value() + " " + kind + " " + calls);
        }

        @Override
        public boolean tryAcquire(LineAccountId account, DeliveryLedger.Kind kind) {
            throw new AssertionError("senders wait for their permits");
        }

        @Override
        public void acquireTransactional(LineAccountId account) {
            throw new AssertionError("not a transactional message");
        }

        @Override
        public boolean tryAcquireTransactional(LineAccountId account) {
            throw new AssertionError("not a transactional message");
        }
    };
    private final HeldPermits permits = new HeldPermits(pace, clock);

    private void expect(LineAccountId account, DeliveryLedger.Kind kind, int calls) {
        for (int i = 0; i < calls; i++) {
            permits.expect(account, kind);
        }
    }

    private void take(LineAccountId account, DeliveryLedger.Kind kind, int calls) {
        for (int i = 0; i < calls; i++) {
            permits.takeOne(account, kind);
        }
    }

    @Test
    void permitsAreTakenTenCallsAheadAndNeverBeyondTheCallsLeft() {
        expect(a, DeliveryLedger.Kind.PUSH, 25);
        take(a, DeliveryLedger.Kind.PUSH, 25);
        assertThat(taken).containsExactly("la_a PUSH 10", "la_a PUSH 10", "la_a PUSH 5");
    }

    @Test
    void eachChannelAndKindHoldsItsOwn() {
        expect(a, DeliveryLedger.Kind.PUSH, 3);
        expect(b, DeliveryLedger.Kind.PUSH, 2);
        expect(a, DeliveryLedger.Kind.MULTICAST, 1);
        permits.takeOne(a, DeliveryLedger.Kind.PUSH);
        permits.takeOne(b, DeliveryLedger.Kind.PUSH);
        permits.takeOne(a, DeliveryLedger.Kind.MULTICAST);
        take(a, DeliveryLedger.Kind.PUSH, 2);
        permits.takeOne(b, DeliveryLedger.Kind.PUSH);
        assertThat(taken).containsExactly("la_a PUSH 3", "la_b PUSH 2", "la_a MULTICAST 1");
    }

    @Test
    void permitsLeftAtASecondsEndAreDroppedAndTheNextCallWaitsForNewOnes() {
        expect(a, DeliveryLedger.Kind.PUSH, 25);
        take(a, DeliveryLedger.Kind.PUSH, 3);
        clock.advance(Duration.ofMillis(899)); // 01:00:00.999, the same second
        take(a, DeliveryLedger.Kind.PUSH, 2);
        clock.advance(Duration.ofMillis(1)); // 01:00:01.000: the five left are no good now
        take(a, DeliveryLedger.Kind.PUSH, 20);
        assertThat(taken)
                .as("ten, then ten again for the 20 calls left in the next second, none beyond them")
                .containsExactly("la_a PUSH 10", "la_a PUSH 10", "la_a PUSH 10");
    }

    @Test
    void theServicesMicrosecondClockTellsTheSecond() {
        HeldPermits onServiceClock = new HeldPermits(pace, Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000)));
        onServiceClock.expect(a, DeliveryLedger.Kind.PUSH);
        onServiceClock.takeOne(a, DeliveryLedger.Kind.PUSH);
        assertThat(taken).containsExactly("la_a PUSH 1");
    }

    @Test
    void aCallThatWasNotExpectedIsRefused() {
        expect(a, DeliveryLedger.Kind.PUSH, 1);
        permits.takeOne(a, DeliveryLedger.Kind.PUSH);
        assertThatThrownBy(() -> permits.takeOne(a, DeliveryLedger.Kind.PUSH))
                .isInstanceOf(IllegalStateException.class);
    }
}
