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

    /** Calls per second and channel: LINE's limits (multicast 200, push 2,000) unless configured lower. */
    record Limits(int multicastPerSecond, int pushPerSecond) {
        public static final Limits LINE = new Limits(200, 2_000);

        public Limits {
            if (multicastPerSecond < 1 || pushPerSecond < 1) {
                throw new IllegalArgumentException("rate limits are at least one call a second");
            }
        }

        public int perSecond(DeliveryLedger.Kind kind) {
            return kind == DeliveryLedger.Kind.MULTICAST ? multicastPerSecond : pushPerSecond;
        }
    }
}
