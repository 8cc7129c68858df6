package io.lineengage.sandbox.channel;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Misbehaviour injected into one channel's API calls.
 *
 * @param errorRate   share of calls answered 500 without being processed
 * @param timeoutRate share of calls that are processed but answered only after {@code timeoutMs}, so that the
 *                    client times out not knowing whether LINE accepted (the case retry keys exist for)
 * @param latencyMs   added to every answer
 * @param failNext    the next N calls answer {@code failStatus} without being processed
 */
public record Faults(
        double errorRate, double timeoutRate, long latencyMs, long timeoutMs, AtomicInteger failNext, int failStatus) {
    public static final Faults NONE = new Faults(0, 0, 0, 10_000, new AtomicInteger(), 500);

    public Faults {
        if (errorRate < 0 || errorRate > 1 || timeoutRate < 0 || timeoutRate > 1) {
            throw new IllegalArgumentException("errorRate and timeoutRate are shares from 0 to 1");
        }
        if (latencyMs < 0 || timeoutMs < 0) {
            throw new IllegalArgumentException("latencyMs and timeoutMs are never negative");
        }
        if (failStatus < 400 || failStatus > 599) {
            throw new IllegalArgumentException("failStatus must be an HTTP error status (400-599)");
        }
    }

    /** Whether this call fails at once: one of the next N, or drawn by the error rate. */
    public boolean failsNow() {
        if (failNext.get() > 0 && failNext.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
            return true;
        }
        return errorRate > 0 && ThreadLocalRandom.current().nextDouble() < errorRate;
    }

    /** The status of a call that fails at once: the failNext status while those last, 500 otherwise. */
    public int failureStatus(boolean fromFailNext) {
        return fromFailNext ? failStatus : 500;
    }

    public boolean timesOutNow() {
        return timeoutRate > 0 && ThreadLocalRandom.current().nextDouble() < timeoutRate;
    }
}
