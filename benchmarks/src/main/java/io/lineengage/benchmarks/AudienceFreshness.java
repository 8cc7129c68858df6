package io.lineengage.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import io.lineengage.sandbox.SandboxControl;
import java.net.http.HttpClient;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Follow → preview latency: the sandbox sends a signed follow webhook to the running service, and the clock runs
 * until a live preview of "following the account" counts that user. Repeated for N distinct users, one at a time.
 */
final class AudienceFreshness {
    private AudienceFreshness() {}

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        String service = options.service();
        String sandbox = options.sandbox();
        String adminToken = options.adminToken();
        int follows = options.number("--follows", 300);
        options.done();
        if (adminToken == null) {
            throw new IllegalArgumentException("give --admin-token or set LINE_ENGAGE_ADMIN_TOKEN");
        }
        HttpClient http = HttpClient.newHttpClient();
        SandboxControl control = new SandboxControl(sandbox);
        String org = ServiceApi.post(http, service + "/api/v1/admin/orgs", adminToken, "{\"name\":\"Fresh\"}")
                .get("id")
                .asText();
        String key = ServiceApi.post(
                        http, service + "/api/v1/admin/orgs/" + org + "/api-keys", adminToken, "{\"label\":\"fresh\"}")
                .get("key")
                .asText();
        SandboxControl.ChannelCredentials channel = control.createChannel();
        String account = ServiceApi.post(
                        http,
                        service + "/api/v1/line-accounts",
                        key,
                        ("{\"name\":\"Fresh\","
                                        + "\"providerName\":\"B\",\"channelId\":\"%s\",\"channelSecret\":\"%s\",\"accessToken\":\"%s\"}")
                                .formatted(channel.channelId(), channel.channelSecret(), channel.accessToken()))
                .get("id")
                .asText();
        control.updateChannel(channel.channelId(), Map.of("webhookUrl", service + "/webhooks/line/" + account));
        String preview = "{\"sampleSize\":0,\"filter\":{\"field\":\"subscription.status\",\"account\":\"" + account
                + "\",\"op\":\"eq\",\"value\":\"FOLLOWING\"}}";

        long[] micros = new long[follows];
        long polls = 0;
        for (int n = 0; n < follows; n++) {
            String user = "U" + HexFormat.of().formatHex(randomBytes(16));
            long start = System.nanoTime();
            JsonNode delivered = control.webhook(channel.channelId(), Map.of("type", "follow", "userId", user));
            if (delivered.get("status").asInt() != 200) {
                throw new IllegalStateException("the service answered the webhook with " + delivered);
            }
            while (ServiceApi.post(http, service + "/api/v1/audiences/preview", key, preview)
                            .get("count")
                            .asLong()
                    < n + 1) {
                polls++;
                if (System.nanoTime() - start > 30_000_000_000L) {
                    throw new IllegalStateException("follow " + n + " not visible within 30 s");
                }
            }
            micros[n] = (System.nanoTime() - start) / 1_000;
        }
        Arrays.sort(micros);
        System.out.printf(
                "follows=%d  follow→preview latency p50=%.1f ms  p99=%.1f ms  max=%.1f ms  extra polls=%d%n",
                follows,
                micros[follows / 2] / 1000.0,
                micros[(int) Math.ceil(follows * 0.99) - 1] / 1000.0,
                micros[follows - 1] / 1000.0,
                polls);
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
