package io.lineengage.benchmarks;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
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

    private static final int WORKERS = 64;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    /**
     * Request {@code i} is {@code requests.apply(i)}, due at {@code i / perSecond} seconds after the start. A fixed set
     * of workers sends what is due (so the connections stay few and kept alive); a request waiting for a free worker
     * is late, and that lateness counts in its latency.
     */
    Result run(IntFunction<HttpRequest> requests, int perSecond, Duration length) throws InterruptedException {
        int total = (int) Math.min(10_000_000L, perSecond * length.toSeconds());
        long[] latencies = new long[total];
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        BlockingQueue<long[]> due = new LinkedBlockingQueue<>();
        CountDownLatch done = new CountDownLatch(total);
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            Thread worker = new Thread(() -> {
                try {
                    while (true) {
                        long[] next = due.take();
                        int index = (int) next[0];
                        int status;
                        try {
                            status = http.send(requests.apply(index), HttpResponse.BodyHandlers.discarding())
                                    .statusCode();
                        } catch (IOException e) {
                            status = -1;
                        }
                        latencies[index] = System.nanoTime() - next[1];
                        statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                        done.countDown();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            worker.setDaemon(true);
            worker.start();
            workers.add(worker);
        }
        long start = System.nanoTime();
        long interval = 1_000_000_000L / perSecond;
        for (int i = 0; i < total; i++) {
            long at = start + i * interval;
            long wait = at - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            due.add(new long[] {i, at});
        }
        done.await();
        workers.forEach(Thread::interrupt);
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
