package io.lineengage.application.port.out.campaign;

import io.lineengage.domain.account.LineAccountId;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps every LINE channel under its per-second rate limits, counted across all instances, so that campaigns do not
 * lean on LINE's 429s to slow down.
 */
public interface SendPace {
    /**
     * The end of each calendar second in which campaign calls are neither granted nor started: a call delayed that
     * long on its way (a busy machine, a pause at LINE's side) still reaches LINE in the second its permit was granted
     * in, so that LINE's count for the next second holds only that second's calls. The bucket refills meanwhile, so
     * the second's calls are made in the rest of it.
     */
    Duration SECOND_END_MARGIN = Duration.ofMillis(100);

    /**
     * Waits until {@code calls} more calls of {@code kind} may go to the channel, granted at most a
     * {@linkplain Limits#burst burst} at a time and never within a second's {@link #SECOND_END_MARGIN}: a sender
     * takes the permits of several calls at once, so the shared bucket is visited once per few calls, not per call.
     */
    void acquire(LineAccountId account, DeliveryLedger.Kind kind, int calls);

    /** Milliseconds from {@code at} to the end of its calendar second: 1 to 1,000. */
    static long millisLeftInSecond(Instant at) {
        return 1_000 - at.getNano() / 1_000_000;
    }

    /** Whether {@code at} is within its second's {@link #SECOND_END_MARGIN}. */
    static boolean inSecondEnd(Instant at) {
        return millisLeftInSecond(at) <= SECOND_END_MARGIN.toMillis();
    }

    /** Waits, if now is within a second's {@link #SECOND_END_MARGIN}, until the next second begins. */
    static void waitOutSecondEnd() {
        Instant now = Instant.now();
        if (inSecondEnd(now)) {
            try {
                Thread.sleep(millisLeftInSecond(now));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the next second", e);
            }
        }
    }

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

    /** The limits this pace keeps. */
    Limits limits();

    /**
     * Calls per second and channel: LINE's limits (multicast 200, push 2,000) unless configured lower. {@code burst}: how
     * much of a second's calls a channel may get at once after a pause, so that senders slowed for a moment catch up
     * within the second (no calendar second grants more than the limit whatever the burst).
     */
    record Limits(int multicastPerSecond, int pushPerSecond, Duration burst) {
        /**
         * A second's calls at once, as LINE's own bucket allows. A tenth of a second (tried on 2026-12-08) cost a
         * personalized push about a tenth of its rate on a busy machine: each stall lost the tokens it could not hold.
         */
        public static final Duration LINE_BURST = Duration.ofSeconds(1);

        public static final Limits LINE = new Limits(200, 2_000);

        public Limits {
            if (multicastPerSecond < 1 || pushPerSecond < 1) {
                throw new IllegalArgumentException("rate limits are at least one call a second");
            }
            if (burst.toMillis() < 1 || burst.compareTo(Duration.ofSeconds(1)) > 0) {
                throw new IllegalArgumentException("a burst lasts from a millisecond to a second");
            }
        }

        public Limits(int multicastPerSecond, int pushPerSecond) {
            this(multicastPerSecond, pushPerSecond, LINE_BURST);
        }

        /** The calls a campaign may make: multicast's whole rate, push's less the transactional reserve. */
        public int perSecond(DeliveryLedger.Kind kind) {
            return kind == DeliveryLedger.Kind.MULTICAST ? multicastPerSecond : campaignPushPerSecond();
        }

        /** Campaigns leave a twentieth of the push rate (at least one call a second) to transactional messages. */
        public int campaignPushPerSecond() {
            return Math.max(1, pushPerSecond - Math.max(1, pushPerSecond / 20));
        }

        /** The push rate only transactional pushes use: what campaigns leave. */
        public int transactionalReservePerSecond() {
            return pushPerSecond - campaignPushPerSecond();
        }

        /** The most calls granted at once by a bucket of {@code perSecond}: a burst's worth, at least one. */
        public int burst(int perSecond) {
            return (int) Math.max(1, perSecond * burst.toMillis() / 1000);
        }
    }
}
