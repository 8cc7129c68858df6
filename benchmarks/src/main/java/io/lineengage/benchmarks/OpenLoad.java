package io.lineengage.benchmarks;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * An open-model load generator: requests are due at a constant rate whatever the answers do, and each latency is
 * timed from when its request was due, so a stall of the system under test shows in the figures instead of slowing
 * the load down. Bounded in time and count; it only targets the addresses it is given (loopback here).
 */
final class OpenLoad {
    record Result(
            long calls,
            Map<Integer, Long> statuses,
            double offeredPerSecond,
            long p50Micros,
            long p99Micros,
            long maxMicros) {
        String describe() {
            return String.format(
                    "%,d requests at %,.0f/s: p50 %,d µs, p99 %,d µs, max %,d µs, statuses %s",
                    calls, offeredPerSecond, p50Micros, p99Micros, maxMicros, statuses);
        }
    }

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    /** Request {@code i} is {@code requests.apply(i)}, due at {@code i / perSecond} seconds after the start. */
    Result run(IntFunction<HttpRequest> requests, int perSecond, Duration length) throws InterruptedException {
        int total = (int) Math.min(10_000_000L, perSecond * length.toSeconds());
        long[] latencies = new long[total];
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        AtomicInteger completed = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(total);
        long start = System.nanoTime();
        long interval = 1_000_000_000L / perSecond;
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            int index = i;
            http.sendAsync(requests.apply(i), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, error) -> {
                        latencies[index] = System.nanoTime() - due;
                        int status = error != null ? -1 : response.statusCode();
                        statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                        completed.incrementAndGet();
                        done.countDown();
                    });
        }
        done.await();
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        Map<Integer, Long> byStatus = new TreeMap<>();
        statuses.forEach((status, n) -> byStatus.put(status, n.get()));
        return new Result(
                total,
                byStatus,
                perSecond,
                sorted[total / 2] / 1_000,
                sorted[Math.min(total - 1, (int) (total * 0.99))] / 1_000,
                sorted[total - 1] / 1_000);
    }
}
