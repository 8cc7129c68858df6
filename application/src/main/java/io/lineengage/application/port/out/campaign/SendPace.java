package io.lineengage.application.port.out.campaign;

import io.lineengage.domain.account.LineAccountId;

/**
 * Keeps every LINE channel under its per-second rate limits, counted across all instances, so that campaigns do not
 * lean on LINE's 429s to slow down.
 */
public interface SendPace {
    /**
     * Waits until {@code calls} more calls of {@code kind} may go to the channel (at most one second's worth): a sender
     * takes the permits of a whole claimed group at once, so the shared bucket is visited once per group, not per call.
     */
    void acquire(LineAccountId account, DeliveryLedger.Kind kind, int calls);

    /** Takes a call's permit if one is free now, without waiting. */
    boolean tryAcquire(LineAccountId account, DeliveryLedger.Kind kind);

    /**
     * Waits for one push permit for a transactional message. Campaign pushes may use only
     * {@link Limits#campaignPushPerSecond()} of the channel's push rate, transactional ones all of it: so while a
     * campaign holds the channel at its limit, a transactional push still finds a permit at once.
     */
    void acquireTransactional(LineAccountId account);

    /** As {@link #acquireTransactional}, without waiting: whether a permit was free. */
    boolean tryAcquireTransactional(LineAccountId account);

    /** Calls per second and channel: LINE's limits (multicast 200, push 2,000) unless configured lower. */
    record Limits(int multicastPerSecond, int pushPerSecond) {
        public static final Limits LINE = new Limits(200, 2_000);

        public Limits {
            if (multicastPerSecond < 1 || pushPerSecond < 1) {
                throw new IllegalArgumentException("rate limits are at least one call a second");
            }
        }

        /** The calls a campaign may make: multicast's whole rate, push's less the transactional reserve. */
        public int perSecond(DeliveryLedger.Kind kind) {
            return kind == DeliveryLedger.Kind.MULTICAST ? multicastPerSecond : campaignPushPerSecond();
        }

        /** Campaigns leave a twentieth of the push rate (at least one call a second) to transactional messages. */
        public int campaignPushPerSecond() {
            return Math.max(1, pushPerSecond - Math.max(1, pushPerSecond / 20));
        }
    }
}
