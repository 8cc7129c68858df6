package io.lineengage.application.service.campaign;

import io.lineengage.application.port.out.campaign.DeliveryLedger;
import io.lineengage.application.port.out.campaign.SendPace;
import io.lineengage.domain.account.LineAccountId;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The permits this instance's senders hold, per channel and kind of call: taken from the shared pace a tenth of a
 * second's calls at a time (so the shared bucket's row is visited a few times a second, by one sender of the instance
 * at a time), and handed out one per call just before it is made. They are good only in the calendar second they were
 * granted in: a call made in a later second on an earlier second's permit would reach LINE beside that later second's
 * own calls, past the limit LINE counts per second. Nor are they used in the second's {@linkplain
 * SendPace#SECOND_END_MARGIN last moments}. Permits left then are dropped, and the next call waits for the next
 * second's; so that few are, near a second's end only what the rest of the second is worth is taken.
 */
final class HeldPermits {
    private record Channel(LineAccountId account, DeliveryLedger.Kind kind) {}

    /** A channel's permits in hand and when they were granted; guarded by itself. */
    private static final class Held {
        private int permits;
        private Instant grantedAt = Instant.EPOCH;
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
            // Not clock.millis(): Java 17's clock ticking in microseconds (the service's) divides by zero there.
            Instant now = clock.instant();
            boolean stale = hand.grantedAt.getEpochSecond() != now.getEpochSecond()
                    || (SendPace.inSecondEnd(now) && !SendPace.inSecondEnd(hand.grantedAt));
            if (hand.permits == 0 || stale) {
                // No call starts in a second's last moments on permits granted before them: the pace waits for the
                // next second.
                int ahead = ahead(kind, now);
                pace.acquire(account, kind, ahead);
                hand.permits = ahead;
                hand.grantedAt = clock.instant();
            }
            hand.permits--;
        }
    }

    /**
     * A tenth of a second's calls (or the bucket's burst if less), or what the rest of the second (up to its end
     * margin) is worth at the channel's rate if less; at least one. Within the margin, the permits are for the next
     * second, which the pace waits for.
     */
    private int ahead(DeliveryLedger.Kind kind, Instant now) {
        SendPace.Limits limits = pace.limits();
        int perSecond = limits.perSecond(kind);
        long margin = SendPace.SECOND_END_MARGIN.toMillis();
        long usable = SendPace.millisLeftInSecond(now) - margin;
        if (usable <= 0) {
            usable = 1_000 - margin;
        }
        int tenth = Math.min(limits.burst(perSecond), perSecond / 10);
        return (int) Math.max(1, Math.min(tenth, perSecond * usable / 1_000));
    }
}
