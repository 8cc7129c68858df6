package io.lineengage.application.service.campaign;

import io.lineengage.application.port.out.campaign.DeliveryLedger;
import io.lineengage.application.port.out.campaign.SendPace;
import io.lineengage.domain.account.LineAccountId;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * The permits one sender holds for the calls of a claimed group, per channel and kind of call. They are taken a few
 * calls ahead, not for the whole group: a group's calls take a while one after another. And they are good only in the
 * calendar second they were granted in: a call made in a later second on an earlier second's permit would reach LINE
 * beside that later second's own calls, past the limit LINE counts per second. A permit left at a second's end is
 * dropped, and the next call waits for a new one.
 */
final class HeldPermits {
    /** Calls whose permits are taken together. */
    static final int AHEAD = 10;

    private record Channel(LineAccountId account, DeliveryLedger.Kind kind) {}

    private record Held(int permits, long second) {}

    private final SendPace pace;
    private final Clock clock;
    private final Map<Channel, Integer> callsLeft = new HashMap<>();
    private final Map<Channel, Held> held = new HashMap<>();

    HeldPermits(SendPace pace, Clock clock) {
        this.pace = pace;
        this.clock = clock;
    }

    /** Counts a call the group will make, so that the permits taken ahead are never more than the calls left. */
    void expect(LineAccountId account, DeliveryLedger.Kind kind) {
        callsLeft.merge(new Channel(account, kind), 1, Integer::sum);
    }

    /** Waits, if need be, until a permit for one of the expected calls is held; uses it. */
    void takeOne(LineAccountId account, DeliveryLedger.Kind kind) {
        Channel channel = new Channel(account, kind);
        int left = callsLeft.getOrDefault(channel, 0);
        if (left == 0) {
            throw new IllegalStateException("a call on " + channel + " that was not expected");
        }
        Held now = held.get(channel);
        if (now == null || now.permits() == 0 || now.second() != second()) {
            int ahead = Math.min(AHEAD, left);
            pace.acquire(account, kind, ahead);
            now = new Held(ahead, second());
        }
        held.put(channel, new Held(now.permits() - 1, now.second()));
        callsLeft.put(channel, left - 1);
    }

    private long second() {
        // Not clock.millis(): Java 17's clock ticking in microseconds (the service's) divides by zero there.
        return clock.instant().getEpochSecond();
    }
}
