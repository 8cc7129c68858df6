package io.lineengage.sandbox.channel;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The calls a channel received per endpoint: how many, the most in any one second (calendar seconds of the sandbox's
 * clock), and how many it refused for its rate limit (429), so that a test or benchmark can check that the callers
 * kept within LINE's limits together.
 */
public final class Traffic {
    /** One endpoint's counts. */
    public record Counts(long calls, long maxPerSecond, long rateLimited) {}

    private static final class Endpoint {
        private long calls;
        private long rateLimited;
        private long second = Long.MIN_VALUE;
        private long inSecond;
        private long maxPerSecond;

        synchronized void record(long epochSecond, boolean limited) {
            calls++;
            if (limited) {
                rateLimited++;
            }
            if (epochSecond != second) {
                second = epochSecond;
                inSecond = 0;
            }
            inSecond++;
            maxPerSecond = Math.max(maxPerSecond, inSecond);
        }

        synchronized Counts counts() {
            return new Counts(calls, maxPerSecond, rateLimited);
        }
    }

    private final Map<String, Endpoint> endpoints = new ConcurrentHashMap<>();

    /** A call to {@code endpoint} at {@code at}; {@code limited}: refused for the rate limit. */
    public void record(String endpoint, Instant at, boolean limited) {
        endpoints.computeIfAbsent(endpoint, e -> new Endpoint()).record(at.getEpochSecond(), limited);
    }

    /** Per endpoint called so far, by name. */
    public Map<String, Counts> counts() {
        Map<String, Counts> counts = new TreeMap<>();
        endpoints.forEach((name, endpoint) -> counts.put(name, endpoint.counts()));
        return counts;
    }
}
