package io.lineengage.benchmarks;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Keeps {@code concurrency} requests in flight for a fixed time and counts what came back: a closed-loop load
 * generator, bounded in time and count, that only ever targets the address it is given (loopback here).
 */
final class LoadRun {
    record Result(long calls, Map<Integer, Long> statuses, double seconds, long p50Micros, long p99Micros) {
        double callsPerSecond() {
            return calls / seconds;
        }
    }

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    Result run(Supplier<HttpRequest> requests, int concurrency, Duration length) throws InterruptedException {
        Semaphore slots = new Semaphore(concurrency);
        AtomicLong calls = new AtomicLong();
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        int maxSamples = 2_000_000;
        long[] latencies = new long[maxSamples];
        AtomicInteger sampled = new AtomicInteger();
        long started = System.nanoTime();
        long deadline = started + length.toNanos();
        while (System.nanoTime() < deadline) {
            slots.acquire();
            long sent = System.nanoTime();
            http.sendAsync(requests.get(), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, error) -> {
                        int status = error != null ? -1 : response.statusCode();
                        statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                        calls.incrementAndGet();
                        int index = sampled.getAndIncrement();
                        if (index < maxSamples) {
                            latencies[index] = System.nanoTime() - sent;
                        }
                        slots.release();
                    });
        }
        slots.acquire(concurrency);
        double seconds = (System.nanoTime() - started) / 1e9;
        int count = Math.min(sampled.get(), maxSamples);
        long[] sorted = Arrays.copyOf(latencies, count);
        Arrays.sort(sorted);
        Map<Integer, Long> byStatus = new TreeMap<>();
        statuses.forEach((status, n) -> byStatus.put(status, n.get()));
        return new Result(
                calls.get(),
                byStatus,
                seconds,
                count == 0 ? 0 : sorted[count / 2] / 1_000,
                count == 0 ? 0 : sorted[(int) (count * 0.99)] / 1_000);
    }
}
