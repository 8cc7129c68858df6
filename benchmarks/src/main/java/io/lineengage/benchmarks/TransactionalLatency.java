package io.lineengage.benchmarks;

import io.lineengage.sandbox.SandboxControl;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Transactional messages while a campaign holds their channel at LINE's push limit: from request to answer, timed
 * by an open-model generator at a constant rate. The same generator is first run against {@code /health/live} (the
 * floor on this machine) and against the send with no campaign running, so the figures read as ratios.
 */
final class TransactionalLatency {
    private TransactionalLatency() {}

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        String service = options.service();
        String sandbox = options.sandbox();
        String adminToken = options.adminToken();
        int followers = options.number("--followers", 60_000);
        int rate = options.number("--rate", 20);
        int seconds = options.number("--seconds", 20);
        int pushRate = options.number("--push-rate", 2_000);
        options.done();
        HttpClient http = HttpClient.newHttpClient();
        SandboxControl control = new SandboxControl(sandbox);
        BenchBrand brand = BenchBrand.create(http, service, adminToken);
        SandboxControl.ChannelCredentials channel = control.createChannel(Map.of("monthlyQuota", 100_000_000));
        // The channel's push limit, at the sandbox as at LINE; start the service with LINE_ENGAGE_PUSH_RATE the same.
        control.updateChannel(channel.channelId(), Map.of("rateLimits", Map.of("push", pushRate)));
        List<String> users = control.addFollowers(channel.channelId(), followers);
        String account = brand.register(channel);
        for (String priority : List.of("BULK", "TRANSACTIONAL")) {
            brand.post(
                    "/api/v1/gateways",
                    "{\"lineAccountId\":\"" + account + "\",\"weight\":100,\"priority\":\"" + priority
                            + "\",\"isDefault\":true}");
        }
        // A personalized campaign: one push per recipient, so it can hold the channel at its push limit.
        String campaignTemplate = brand.post(
                "/api/v1/templates",
                "{\"name\":\"Sale\",\"messages\":[{\"type\":\"text\",\"text\":\"Hi {{name|there}}, sale today\"}]}");
        String receipt = brand.post(
                "/api/v1/templates",
                "{\"name\":\"Receipt\",\"messages\":[{\"type\":\"text\",\"text\":\"Your order is confirmed\"}]}");
        String audience = brand.post(
                "/api/v1/audiences", "{\"name\":\"All\",\"filter\":{\"field\":\"lineIdentity\",\"op\":\"exists\"}}");
        String campaign = brand.post(
                "/api/v1/campaigns",
                "{\"name\":\"Sale\",\"templateId\":\"" + campaignTemplate + "\",\"audienceId\":\"" + audience
                        + "\",\"priority\":\"BULK\"}");
        List<String> customers = new ArrayList<>();
        for (String user : users.subList(0, Math.min(200, users.size()))) {
            customers.add(brand.get("/api/v1/lookup?lineUserId=" + user)
                    .at("/customer/id")
                    .asText());
        }
        String run = UUID.randomUUID().toString().substring(0, 8);
        String base = service;
        String apiKey = brand.key();
        Function<String, IntFunction<HttpRequest>> sends =
                phase -> i -> HttpRequest.newBuilder(URI.create(base + "/api/v1/messages"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + apiKey)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"customerId\":\""
                                + customers.get(i % customers.size()) + "\",\"templateId\":\"" + receipt
                                + "\",\"idempotencyKey\":\"" + run + "-" + phase + "-" + i + "\"}"))
                        .build();
        OpenLoad load = new OpenLoad();
        Duration length = Duration.ofSeconds(seconds);

        // Warm-up, not measured: the first sends compile the send path and fill connection pools.
        load.run(sends.apply("warm"), rate, Duration.ofSeconds(10));
        OpenLoad.Result floor = load.run(
                i -> HttpRequest.newBuilder(URI.create(base + "/health/live")).build(), rate, length);
        System.out.println("floor (/health/live):          " + floor.describe());
        OpenLoad.Result quiet = load.run(sends.apply("quiet"), rate, length);
        System.out.println("transactional, no campaign:    " + quiet.describe());

        brand.launch(campaign);
        while (brand.get("/api/v1/campaigns/" + campaign).get("sent").asLong() < 2_000) {
            Thread.sleep(100);
        }
        long sentBefore = brand.get("/api/v1/campaigns/" + campaign).get("sent").asLong();
        long before = System.nanoTime();
        OpenLoad.Result busy = load.run(sends.apply("busy"), rate, length);
        double elapsed = (System.nanoTime() - before) / 1e9;
        long sentAfter = brand.get("/api/v1/campaigns/" + campaign).get("sent").asLong();
        System.out.println("transactional, under campaign: " + busy.describe());
        System.out.printf(
                "the campaign meanwhile: %,d pushes in %.1f s = %,.0f/s (the channel's push limit %,d/s; campaigns take at"
                        + " most %,d/s of it)%n",
                sentAfter - sentBefore,
                elapsed,
                (sentAfter - sentBefore) / elapsed,
                pushRate,
                pushRate - Math.max(1, pushRate / 20));
        System.out.printf(
                "p99 under campaign / floor p99: %.1f; goal p99 ≤ 250 ms: %s%n",
                (double) busy.p99Micros() / Math.max(1, floor.p99Micros()),
                busy.p99Micros() <= 250_000 ? "met" : "NOT met");
        brand.post("/api/v1/campaigns/" + campaign + "/cancel", "");
    }
}
