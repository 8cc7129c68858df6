package io.lineengage.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhooks as LINE sends them: a constant offered rate of distinct, correctly signed deliveries (one follow event
 * each), open model, every latency timed from when its request was due. The same generator first offers
 * {@code /health/live} at the same rate: the floor of this machine and generator, measured in the same run. After
 * the last acknowledgement it reads the backlog (events stored but not yet processed) and waits until it is gone.
 */
final class WebhookSteady {

    private WebhookSteady() {}

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        String service = options.service();
        String adminToken = options.adminToken();
        int rate = options.number("--rate", 5_000);
        int seconds = options.number("--seconds", 60);
        options.done();
        if (adminToken == null) {
            throw new IllegalArgumentException("give --admin-token or set LINE_ENGAGE_ADMIN_TOKEN");
        }
        HttpClient http = HttpClient.newHttpClient();
        BenchBrand brand = BenchBrand.create(http, service, adminToken);
        String secret = HexFormat.of().formatHex(randomBytes(16));
        String account = brand.post(
                "/api/v1/line-accounts",
                "{\"name\":\"Steady\",\"providerName\":\"S\",\"channelId\":\""
                        + (1_000_000_000L + ThreadLocalRandom.current().nextInt(1_000_000))
                        + "\",\"channelSecret\":\"" + secret + "\",\"accessToken\":\"t\"}");
        URI url = URI.create(service + "/webhooks/line/" + account);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String run = Long.toHexString(System.nanoTime());
        // Signed as they are sent (a few µs each): nothing held for the whole run.
        java.util.function.IntFunction<HttpRequest> delivery = i -> {
            String body = "{\"destination\":\"Usteady\",\"events\":[{\"type\":\"follow\",\"mode\":\"active\","
                    + "\"timestamp\":" + System.currentTimeMillis() + ",\"source\":{\"type\":\"user\",\"userId\":\"U"
                    + String.format("%032x", (long) i) + "\"},\"webhookEventId\":\"01" + run
                    + String.format("%012d", i) + "\",\"deliveryContext\":{\"isRedelivery\":false},"
                    + "\"replyToken\":\"r\",\"follow\":{\"isUnblocked\":false}}]}";
            String signature;
            synchronized (mac) {
                signature = Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
            }
            return HttpRequest.newBuilder(url)
                    .header("Content-Type", "application/json")
                    .header("X-Line-Signature", signature)
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
        };

        OpenLoad load = new OpenLoad();
        Duration length = Duration.ofSeconds(seconds);
        URI live = URI.create(service + "/health/live");
        // Warm-up, not measured: both paths compiled before either is timed.
        load.run(i -> HttpRequest.newBuilder(live).build(), rate, Duration.ofSeconds(5));
        load.run(i -> delivery.apply(900_000_000 + i), rate, Duration.ofSeconds(5));
        waitForBacklog(http, service);

        OpenLoad.Result floor = load.run(i -> HttpRequest.newBuilder(live).build(), rate, length);
        System.out.println("floor (/health/live): " + floor.describe());
        OpenLoad.Result webhooks = load.run(delivery, rate, length);
        long acknowledged = System.nanoTime();
        double backlog = ServiceApi.webhookBacklog(http, service);
        System.out.println("signed webhooks:      " + webhooks.describe());
        double drained = waitForBacklog(http, service);
        System.out.printf(
                "backlog at the last acknowledgement: %,.0f events (%.2f s of the offered rate), processed %.1f s"
                        + " later%n",
                backlog, backlog / rate, (drained - acknowledged) / 1e9);
        System.out.printf(
                "p99 / floor p99: %.1f; goal p99 ≤ 50 ms: %s; processing keeps up (backlog < 1 s of events): %s%n",
                (double) webhooks.p99Micros() / Math.max(1, floor.p99Micros()),
                webhooks.p99Micros() <= 50_000 ? "met" : "NOT met",
                backlog < rate ? "yes" : "no");
    }

    /** Waits until the service has processed every stored event; answers when (System.nanoTime()). */
    private static long waitForBacklog(HttpClient http, String service) throws Exception {
        long start = System.nanoTime();
        while (ServiceApi.webhookBacklog(http, service) > 0) {
            Thread.sleep(100);
            if (System.nanoTime() - start > Duration.ofMinutes(10).toNanos()) {
                throw new IllegalStateException("events still unprocessed after 10 minutes");
            }
        }
        return System.nanoTime();
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
