package io.lineengage.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lineengage.sandbox.LineSandbox;
import io.lineengage.sandbox.SandboxControl;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * How many multicast calls (500 user IDs each) and push calls a second the LINE sandbox serves, so that we know it
 * is never what limits a benchmark of line-engage. Every call carries a fresh retry key and is validated, accepted
 * and recorded per recipient, as in real runs; the sandbox's rate limits are lifted for the measurement.
 */
final class SandboxThroughput {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SandboxThroughput() {}

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        String url = options.text("--sandbox", null);
        int seconds = options.number("--seconds", 20);
        int concurrency = options.number("--concurrency", 32);
        options.done();
        LineSandbox inProcess = url == null ? LineSandbox.start(0) : null;
        String base = url != null ? url : inProcess.baseUrl();
        try {
            SandboxControl control = new SandboxControl(base);
            SandboxControl.ChannelCredentials channel = control.createChannel(Map.of("requestLogLimit", 1_000));
            control.updateChannel(channel.channelId(), Map.of("rateLimits", Map.of("multicast", 1e9, "push", 1e9)));
            List<String> users = control.addFollowers(channel.channelId(), 500);
            byte[] multicast = JSON.writeValueAsBytes(Map.of(
                    "to",
                    users,
                    "messages",
                    List.of(Map.of("type", "text", "text", "Spring sale: 20% off everything today"))));
            byte[] push = JSON.writeValueAsBytes(Map.of(
                    "to",
                    users.get(0),
                    "messages",
                    List.of(Map.of("type", "text", "text", "Your order #1234 has shipped"))));
            LoadRun load = new LoadRun();
            System.out.printf(
                    "sandbox at %s, %d calls in flight, %d s per measurement (after a %d s warm-up)%n",
                    base, concurrency, seconds, Math.max(3, seconds / 4));
            for (String endpoint : List.of("multicast", "push")) {
                byte[] body = endpoint.equals("multicast") ? multicast : push;
                Supplier<HttpRequest> request =
                        () -> HttpRequest.newBuilder(URI.create(base + "/v2/bot/message/" + endpoint))
                                .header("Authorization", "Bearer " + channel.accessToken())
                                .header("Content-Type", "application/json")
                                .header("X-Line-Retry-Key", UUID.randomUUID().toString())
                                .timeout(Duration.ofSeconds(30))
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build();
                load.run(request, concurrency, Duration.ofSeconds(Math.max(3, seconds / 4)));
                LoadRun.Result result = load.run(request, concurrency, Duration.ofSeconds(seconds));
                int recipients = endpoint.equals("multicast") ? users.size() : 1;
                System.out.printf(
                        "%-9s %,10.0f calls/s  %,12.0f recipients/s  p50 %,6d µs  p99 %,7d µs  statuses %s%n",
                        endpoint,
                        result.callsPerSecond(),
                        result.callsPerSecond() * recipients,
                        result.p50Micros(),
                        result.p99Micros(),
                        result.statuses());
            }
        } finally {
            if (inProcess != null) {
                inProcess.close();
            }
        }
    }
}
