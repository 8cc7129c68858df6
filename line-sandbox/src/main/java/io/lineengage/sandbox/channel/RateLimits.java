package io.lineengage.sandbox.channel;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * LINE's per-channel, per-endpoint rate limits (LINE-PLATFORM.md): multicast 200/s; narrowcast and broadcast
 * 60/hour; stateless token issue 370/s; push, profile and the rest 2,000/s. Each can be changed per channel.
 */
public final class RateLimits {
    private static final Map<String, Double> DEFAULT_PER_SECOND =
            Map.of("multicast", 200d, "narrowcast", 60d / 3600, "broadcast", 60d / 3600, "token", 370d);
    private static final double OTHERS_PER_SECOND = 2_000;

    private final Map<String, Double> perSecond = new ConcurrentHashMap<>();
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    /** Whether a call to {@code endpoint} may go ahead now. */
    public boolean allow(String endpoint) {
        return buckets.computeIfAbsent(endpoint, this::bucketFor).tryTake();
    }

    public double limitOf(String endpoint) {
        return perSecond.getOrDefault(endpoint, DEFAULT_PER_SECOND.getOrDefault(endpoint, OTHERS_PER_SECOND));
    }

    /** Sets {@code endpoint}'s limit in calls per second, effective at once. */
    public void set(String endpoint, double callsPerSecond) {
        if (!(callsPerSecond > 0)) {
            throw new IllegalArgumentException("a rate limit is a positive number of calls per second");
        }
        perSecond.put(endpoint, callsPerSecond);
        buckets.put(endpoint, bucketFor(endpoint));
    }

    private TokenBucket bucketFor(String endpoint) {
        double rate = limitOf(endpoint);
        // Hourly limits allow their whole hour's worth at once, as LINE counts them per hour.
        double capacity = rate < 1 ? rate * 3600 : rate;
        return new TokenBucket(rate, Math.max(1, capacity));
    }
}
