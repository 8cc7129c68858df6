package io.lineengage.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import io.lineengage.sandbox.SandboxControl;
import java.net.http.HttpClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A welcome journey under a stream of follows: LINE (the sandbox) sends signed follow webhooks at a constant offered
 * rate (each event's timestamp is the moment it was due, so a stall is not hidden); the service answers each with the
 * welcome by reply. Measured: follow → welcome received at the sandbox, from the due moment to the sandbox's
 * receivedAt, over a random sample of users; and over all of them, that each got exactly one welcome.
 */
final class JourneyWelcome {
    private JourneyWelcome() {}

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        String service = options.service();
        String sandbox = options.sandbox();
        String adminToken = options.adminToken();
        int rate = options.number("--rate", 1_000);
        int seconds = options.number("--seconds", 60);
        int batch = options.number("--batch", 10);
        int sample = options.number("--sample", 2_000);
        options.done();
        HttpClient http = HttpClient.newHttpClient();
        SandboxControl control = new SandboxControl(sandbox);
        BenchBrand brand = BenchBrand.create(http, service, adminToken);
        SandboxControl.ChannelCredentials channel = control.createChannel(Map.of("monthlyQuota", 100_000_000));
        String account = brand.register(channel);
        control.updateChannel(channel.channelId(), Map.of("webhookUrl", service + "/webhooks/line/" + account));
        String welcome = brand.post(
                "/api/v1/templates",
                "{\"name\":\"Welcome\",\"messages\":[{\"type\":\"text\",\"text\":\"Welcome to the shop!\"}]}");
        String journey = brand.post(
                "/api/v1/journeys",
                "{\"name\":\"Welcome\",\"trigger\":{\"type\":\"follow\"},\"steps\":[{\"type\":\"send\",\"templateId\":\""
                        + welcome + "\"}]}");
        ServiceApi.post(http, service + "/api/v1/journeys/" + journey + "/activate", brand.key(), "");

        int calls = rate * seconds / batch;
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) * batch / rate;
        List<String> users = new ArrayList<>(calls * batch);
        long[] dueMillis = new long[calls * batch];
        ExecutorService senders = Executors.newFixedThreadPool(32);
        AtomicLong late = new AtomicLong();
        Map<Integer, Integer> refused = new ConcurrentHashMap<>();
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
        long startMillis = System.currentTimeMillis() + 500;
        List<Future<?>> sent = new ArrayList<>(calls);
        for (int call = 0; call < calls; call++) {
            List<Map<String, Object>> events = new ArrayList<>(batch);
            long due = startMillis + TimeUnit.NANOSECONDS.toMillis(call * intervalNanos);
            for (int i = 0; i < batch; i++) {
                int n = call * batch + i;
                String user = "U%032x".formatted(0x5e1c0000000L + n);
                users.add(user);
                dueMillis[n] = due;
                events.add(Map.of("type", "follow", "userId", user, "timestamp", due));
            }
            long dueNanos = start + call * intervalNanos;
            long wait = dueNanos - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            } else if (wait < -TimeUnit.MILLISECONDS.toNanos(100)) {
                late.incrementAndGet();
            }
            sent.add(senders.submit(() -> {
                // The service's answer to the delivery: anything but 200 is a delivery LINE would have to redeliver.
                int status = control.webhook(channel.channelId(), Map.of("events", events))
                        .get("status")
                        .asInt();
                if (status != 200) {
                    refused.merge(status, events.size(), Integer::sum);
                }
            }));
        }
        for (Future<?> call : sent) {
            call.get();
        }
        senders.shutdown();
        long offeredSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        System.out.printf(
                "offered %,d follows in %,d s (%,d calls of %d; %,d calls started over 100 ms late)%n",
                users.size(), offeredSeconds, calls, batch, late.get());
        System.out.printf(
                "follows in deliveries the service did not answer 200: %s%n", refused.isEmpty() ? "none" : refused);

        // Drain: every user welcomed (a generous ceiling for a loaded machine).
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        Map<String, Integer> counts = control.receivedCounts(channel.channelId());
        while (counts.size() < users.size() && System.nanoTime() < deadline) {
            Thread.sleep(1_000);
            counts = control.receivedCounts(channel.channelId());
        }
        Map<String, Integer> last = counts;
        long missing = users.stream().filter(user -> !last.containsKey(user)).count();
        long doubled =
                users.stream().filter(user -> last.getOrDefault(user, 0) > 1).count();
        System.out.printf(
                "welcomed %,d of %,d: %,d missing, %,d doubled%n", counts.size(), users.size(), missing, doubled);

        List<Integer> picks = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < Math.min(sample, users.size()); i++) {
            picks.add(random.nextInt(users.size()));
        }
        List<Long> latencies = new ArrayList<>();
        long replies = 0;
        for (int pick : picks) {
            for (JsonNode item : control.received(channel.channelId(), users.get(pick))) {
                long received = Instant.parse(item.get("receivedAt").asText()).toEpochMilli();
                latencies.add(received - dueMillis[pick]);
                replies += item.get("endpoint").asText().equals("reply") ? 1 : 0;
            }
        }
        Collections.sort(latencies);
        System.out.printf(
                "follow -> welcome over %,d sampled users: p50 %d ms, p90 %d ms, p99 %d ms, max %d ms; %,d of them by reply%n",
                latencies.size(),
                percentile(latencies, 0.50),
                percentile(latencies, 0.90),
                percentile(latencies, 0.99),
                latencies.isEmpty() ? -1 : latencies.get(latencies.size() - 1),
                replies);
        // How the service accounts for the welcomes: a missing one shows here as failed or skipped, with its reason.
        System.out.printf(
                "journey stats: %s%n",
                ServiceApi.get(http, service + "/api/v1/journeys/" + journey + "/stats", brand.key())
                        .path("steps"));
        JsonNode usage = control.channel(channel.channelId());
        System.out.printf(
                "quota used by the welcomes: %d messages%n", usage.get("usage").asLong());
    }

    private static long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
