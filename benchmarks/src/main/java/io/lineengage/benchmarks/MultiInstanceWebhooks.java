package io.lineengage.benchmarks;

import io.lineengage.sandbox.SandboxControl;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhooks spread over several service processes on one PostgreSQL, as a load balancer spreads LINE's deliveries:
 * signed follow deliveries at a constant rate, each to the next instance in turn; every tenth is delivered again to
 * another instance at the same moment (LINE's redelivery landing elsewhere); one instance is SIGKILLed part of the
 * way, and a delivery it did not answer 200 goes to another (LINE redelivers what was not acknowledged). A welcome
 * journey pushes a message to each follower. Counted at the sandbox: each follower's messages (0 lost, 0 doubled).
 */
final class MultiInstanceWebhooks {
    private MultiInstanceWebhooks() {}

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        String jar = options.text("--jar", "bootstrap/target/line-engage.jar");
        String sandbox = options.sandbox();
        String databaseUrl = options.text("--database-url", null);
        int instances = options.number("--instances", 3);
        int followers = options.number("--followers", 30_000);
        int rate = options.number("--rate", 500);
        int killAfterMillis = options.number("--kill-after-ms", 20_000);
        options.done();
        if (databaseUrl == null) {
            throw new IllegalArgumentException(
                    "give --database-url postgres://user:pass@host:port/db (an empty database)");
        }
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        SandboxControl control = new SandboxControl(sandbox);
        List<Process> services = new ArrayList<>();
        List<String> urls = MultiInstance.startAll(http, jar, databaseUrl, sandbox, instances, services);
        try {
            SandboxControl.ChannelCredentials channel = control.createChannel(Map.of("monthlyQuota", 100_000_000));
            List<String> users = control.addFollowers(channel.channelId(), followers);
            BenchBrand brand = BenchBrand.create(http, urls.get(0), MultiInstance.ADMIN);
            String account = brand.register(channel);
            String template = brand.post(
                    "/api/v1/templates",
                    "{\"name\":\"Welcome\",\"messages\":[{\"type\":\"text\",\"text\":\"Welcome!\"}]}");
            // The backfill made the followers customers: the journey starts on the webhooks' follows all the same.
            String journey = brand.post(
                    "/api/v1/journeys",
                    "{\"name\":\"Welcome\",\"trigger\":{\"type\":\"follow\"},\"steps\":[{\"type\":\"send\","
                            + "\"templateId\":\"" + template + "\"}]}");
            ServiceApi.post(http, urls.get(0) + "/api/v1/journeys/" + journey + "/activate", brand.key(), "");

            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(channel.channelSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String run = Long.toHexString(System.nanoTime());
            AtomicLong redelivered = new AtomicLong();
            AtomicLong refused = new AtomicLong();
            Semaphore inFlight = new Semaphore(64);
            List<CompletableFuture<Void>> calls = new ArrayList<>();
            long start = System.nanoTime();
            long intervalNanos = TimeUnit.SECONDS.toNanos(1) / rate;
            int alive = instances;
            boolean killed = false;
            for (int i = 0; i < users.size(); i++) {
                long wait = start + i * intervalNanos - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                if (!killed && System.nanoTime() - start > TimeUnit.MILLISECONDS.toNanos(killAfterMillis)) {
                    services.get(instances - 1).destroyForcibly(); // SIGKILL mid-way
                    alive = instances - 1;
                    killed = true;
                }
                String body = "{\"destination\":\"Umulti\",\"events\":[{\"type\":\"follow\",\"mode\":\"active\","
                        + "\"timestamp\":" + System.currentTimeMillis() + ",\"source\":{\"type\":\"user\","
                        + "\"userId\":\"" + users.get(i) + "\"},\"webhookEventId\":\"01" + run
                        + String.format("%012d", i) + "\",\"deliveryContext\":{\"isRedelivery\":false},"
                        + "\"follow\":{\"isUnblocked\":false}}]}";
                String signature =
                        Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
                int target = i % instances;
                List<String> to = new ArrayList<>(List.of(urls.get(target)));
                if (i % 10 == 0) {
                    to.add(urls.get((target + 1) % alive));
                    redelivered.incrementAndGet();
                }
                for (String url : to) {
                    inFlight.acquire(); // at most 64 at a time, as a client of LINE's size would keep open
                    calls.add(deliver(http, urls, url, account, body, signature, refused, 0)
                            .whenComplete((ignored, error) -> inFlight.release()));
                }
            }
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
            long offeredMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            System.out.printf(
                    "%,d follow deliveries in %,d ms over %d instances (the last SIGKILLed after %,d ms), %,d of them"
                            + " delivered twice to two instances; %,d not answered 200 and delivered again elsewhere%n",
                    users.size(), offeredMillis, instances, killAfterMillis, redelivered.get(), refused.get());

            // The killed instance's held entries are taken over when their hold ends (a minute): a generous ceiling.
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            Map<String, Integer> counts = control.receivedCounts(channel.channelId());
            while (counts.size() < users.size() && System.nanoTime() < deadline) {
                Thread.sleep(1_000);
                counts = control.receivedCounts(channel.channelId());
            }
            Thread.sleep(5_000); // anything that would come twice has had time to
            Map<String, Integer> last = control.receivedCounts(channel.channelId());
            long lost = users.stream().filter(user -> !last.containsKey(user)).count();
            long doubled = users.stream()
                    .filter(user -> last.getOrDefault(user, 0) > 1)
                    .count();
            System.out.printf("welcomed %,d of %,d: %,d lost, %,d doubled%n", last.size(), users.size(), lost, doubled);
            System.out.printf(
                    "journey stats: %s%n",
                    ServiceApi.get(http, urls.get(0) + "/api/v1/journeys/" + journey + "/stats", brand.key()));
        } finally {
            for (Process service : services) {
                service.destroy();
            }
            for (Process service : services) {
                service.waitFor();
            }
        }
    }

    /** One delivery; one the instance did not acknowledge goes to the first live instance, as LINE redelivers it. */
    private static CompletableFuture<Void> deliver(
            HttpClient http,
            List<String> urls,
            String url,
            String account,
            String body,
            String signature,
            AtomicLong refused,
            int attempt) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/webhooks/line/" + account))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-Line-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, error) -> error == null && response.statusCode() == 200)
                .thenCompose(acknowledged -> {
                    if (acknowledged) {
                        return CompletableFuture.completedFuture(null);
                    }
                    refused.incrementAndGet();
                    if (attempt >= 5) {
                        throw new IllegalStateException("a delivery no instance acknowledged five times");
                    }
                    String elsewhere = urls.get(0).equals(url) ? urls.get(1) : urls.get(0);
                    return deliver(http, urls, elsewhere, account, body, signature, refused, attempt + 1);
                });
    }
}
