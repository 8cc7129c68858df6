package io.lineengage.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhook intake of a running line-engage, driven by wrk (a C load generator, so that the client takes as little of
 * the two cores as possible). Every request is a distinct, correctly signed LINE delivery with one follow event, and
 * every 200 means the event was verified and durably stored. Afterwards it waits until the service has processed
 * the backlog (its {@code line_engage_webhook_events_pending} gauge is zero).
 */
final class WebhookIngest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private WebhookIngest() {}

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        String service = options.service();
        String adminToken = options.adminToken();
        int seconds = options.number("--seconds", 20);
        int connections = options.number("--connections", 64);
        int threads = options.number("--threads", 2);
        int expectedRate = 15_000;
        options.done();
        if (adminToken == null) {
            throw new IllegalArgumentException("give --admin-token or set LINE_ENGAGE_ADMIN_TOKEN");
        }
        HttpClient http = HttpClient.newHttpClient();
        String org = ServiceApi.post(http, service + "/api/v1/admin/orgs", adminToken, "{\"name\":\"Bench\"}")
                .get("id")
                .asText();
        String key = ServiceApi.post(
                        http, service + "/api/v1/admin/orgs/" + org + "/api-keys", adminToken, "{\"label\":\"bench\"}")
                .get("key")
                .asText();
        String secret = HexFormat.of().formatHex(randomBytes(16));
        String account = ServiceApi.post(
                        http,
                        service + "/api/v1/line-accounts",
                        key,
                        "{\"name\":\"Bench\",\"providerName\":\"B\","
                                + "\"channelId\":\""
                                + (1_000_000_000L + ThreadLocalRandom.current().nextInt(1_000_000)) + "\","
                                + "\"channelSecret\":\"" + secret + "\",\"accessToken\":\"t\"}")
                .get("id")
                .asText();

        Path work = Files.createTempDirectory("webhook-ingest");
        Path script = work.resolve("webhook-ingest.lua");
        try (InputStream in = WebhookIngest.class.getResourceAsStream("/webhook-ingest.lua")) {
            Files.copy(in, script);
        }
        // Enough distinct deliveries that no thread wraps around, even well above the expected rate.
        int perThread = (int) ((long) expectedRate * (seconds + 5) / threads);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        long sequence = 0;
        String run = Long.toHexString(System.nanoTime());
        for (String phase : List.of("warmup", "measure")) {
            for (int t = 0; t < threads; t++) {
                try (BufferedWriter out = Files.newBufferedWriter(work.resolve(phase + "." + t))) {
                    int count = phase.equals("warmup") ? perThread / 4 : perThread;
                    for (int i = 0; i < count; i++) {
                        sequence++;
                        String body =
                                "{\"destination\":\"Ubench\",\"events\":[{\"type\":\"follow\",\"mode\":\"active\","
                                        + "\"timestamp\":" + System.currentTimeMillis()
                                        + ",\"source\":{\"type\":\"user\","
                                        + "\"userId\":\"U" + String.format("%032x", sequence)
                                        + "\"},\"webhookEventId\":\"01"
                                        + run + String.format("%012d", sequence)
                                        + "\",\"deliveryContext\":{\"isRedelivery\""
                                        + ":false},\"replyToken\":\"r\",\"follow\":{\"isUnblocked\":false}}]}";
                        String signature =
                                Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
                        out.write(signature + "\t" + body + "\n");
                    }
                }
            }
        }
        String url = service + "/webhooks/line/" + account;
        System.out.printf(
                "service %s: wrk, %d threads, %d connections, one follow event per signed delivery%n",
                service, threads, connections);
        wrk(script, url, work.resolve("warmup"), threads, connections, Math.max(3, seconds / 4));
        String report = wrk(script, url, work.resolve("measure"), threads, connections, seconds);
        long acknowledgedAt = System.nanoTime();
        System.out.println(report.strip());
        double pending;
        while ((pending = ServiceApi.webhookBacklog(http, service)) > 0) {
            Thread.sleep(200);
            if (System.nanoTime() - acknowledgedAt > Duration.ofMinutes(5).toNanos()) {
                throw new IllegalStateException(pending + " events still unprocessed after 5 minutes");
            }
        }
        System.out.printf(
                "backlog processed %.1f s after the last acknowledgement%n",
                (System.nanoTime() - acknowledgedAt) / 1e9);
    }

    private static String wrk(Path script, String url, Path deliveries, int threads, int connections, int seconds)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                "wrk",
                "-t" + threads,
                "-c" + connections,
                "-d" + seconds + "s",
                "--latency",
                "-s",
                script.toString(),
                url,
                "--",
                deliveries.toString()));
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed:\n" + output);
        }
        return output;
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
