package io.lineengage.application.service.campaign;

import io.lineengage.application.port.out.campaign.DeliveryLedger;
import io.lineengage.application.port.out.campaign.SendPace;
import io.lineengage.domain.account.LineAccountId;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The permits this instance's senders hold, per channel and kind of call: taken from the shared pace a few at a time
 * (so the shared bucket's row is visited once per few calls, by one sender of the instance at a time), and handed out
 * one per call just before it is made. They are good only in the calendar second they were granted in: a call made in
 * a later second on an earlier second's permit would reach LINE beside that later second's own calls, past the limit
 * LINE counts per second. Permits left at a second's end are dropped, and the next call waits for new ones.
 */
final class HeldPermits {
    /** Permits taken from the shared pace at once, at most a burst of the bucket. */
    static final int AHEAD = 20;

    private record Channel(LineAccountId account, DeliveryLedger.Kind kind) {}

    /** A channel's permits in hand and the second they are good in; guarded by itself. */
    private static final class Held {
        private int permits;
        private long second;
    }

    private final SendPace pace;
    private final Clock clock;
    private final Map<Channel, Held> held = new ConcurrentHashMap<>();

    HeldPermits(SendPace pace, Clock clock) {
        this.pace = pace;
        this.clock = clock;
    }

    /** Waits, if need be, until a permit for one call on the channel is in hand; uses it. */
    void takeOne(LineAccountId account, DeliveryLedger.Kind kind) {
        Held hand = held.computeIfAbsent(new Channel(account, kind), channel -> new Held());
        // The instance's other senders on this channel wait here meanwhile: they would wait for the bucket anyway.
        synchronized (hand) {
            if (hand.permits == 0 || hand.second != second()) {
                SendPace.Limits limits = pace.limits();
                int ahead = Math.min(AHEAD, limits.burst(limits.perSecond(kind)));
                pace.acquire(account, kind, ahead);
                hand.permits = ahead;
                hand.second = second();
            }
            hand.permits--;
        }
    }

    private long second() {
        // Not clock.millis(): Java 17's clock ticking in microseconds (the service's) divides by zero there.
        return clock.instant().getEpochSecond();
    }
}
