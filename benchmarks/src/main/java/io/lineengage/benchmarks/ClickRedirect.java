package io.lineengage.benchmarks;

import io.lineengage.sandbox.SandboxControl;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tracked links under a constant rate of clicks: a click-tracking campaign to N sandbox followers gives N links of
 * ours; they are then opened at a constant rate (open model, each latency from when the click was due) and every
 * answer must be the 302. The same generator against {@code /health/live} first gives the floor on this machine.
 */
final class ClickRedirect {
    private static final Pattern LINK = Pattern.compile("(/c/[A-Za-z0-9_-]{22})");

    private ClickRedirect() {}

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        String service = options.service();
        String sandbox = options.sandbox();
        String adminToken = options.adminToken();
        int links = options.number("--links", 2_000);
        int rate = options.number("--rate", 1_000);
        int seconds = options.number("--seconds", 30);
        options.done();
        HttpClient http = HttpClient.newHttpClient();
        SandboxControl control = new SandboxControl(sandbox);
        BenchBrand brand = BenchBrand.create(http, service, adminToken);
        SandboxControl.ChannelCredentials channel = control.createChannel(Map.of("monthlyQuota", 100_000_000));
        List<String> users = control.addFollowers(channel.channelId(), links);
        String account = brand.register(channel);
        brand.post(
                "/api/v1/gateways",
                "{\"lineAccountId\":\"" + account + "\",\"weight\":100,\"priority\":\"BULK\",\"isDefault\":true}");
        String template = brand.post(
                "/api/v1/templates",
                "{\"name\":\"Sale\",\"trackClicks\":true,\"messages\":[{\"type\":\"template\",\"altText\":\"Sale\","
                        + "\"template\":{\"type\":\"buttons\",\"text\":\"Sale\",\"actions\":[{\"type\":\"uri\","
                        + "\"label\":\"Shop\",\"uri\":\"https://shop.example/sale\"}]}}]}");
        String audience = brand.post(
                "/api/v1/audiences", "{\"name\":\"All\",\"filter\":{\"field\":\"lineIdentity\",\"op\":\"exists\"}}");
        String campaign = brand.post(
                "/api/v1/campaigns",
                "{\"name\":\"Sale\",\"templateId\":\"" + template + "\",\"audienceId\":\"" + audience
                        + "\",\"priority\":\"BULK\"}");
        brand.launch(campaign);
        while (!brand.get("/api/v1/campaigns/" + campaign)
                .get("status")
                .asText()
                .equals("COMPLETED")) {
            Thread.sleep(200);
        }
        List<String> paths = new ArrayList<>();
        for (String user : users) {
            Matcher link =
                    LINK.matcher(control.received(channel.channelId(), user).toString());
            if (link.find()) {
                paths.add(link.group(1));
            }
        }
        System.out.printf(
                "setup: %,d recipients, %,d tracked links collected at the sandbox%n", users.size(), paths.size());

        String base = service;
        OpenLoad load = new OpenLoad();
        Duration length = Duration.ofSeconds(seconds);
        // Warm-up, not measured: 5 s of clicks compile the redirect path.
        load.run(
                i -> HttpRequest.newBuilder(URI.create(base + paths.get(i % paths.size())))
                        .build(),
                rate,
                Duration.ofSeconds(5));
        OpenLoad.Result floor = load.run(
                i -> HttpRequest.newBuilder(URI.create(base + "/health/live")).build(), rate, length);
        System.out.println("floor (/health/live): " + floor.describe());
        OpenLoad.Result clicks = load.run(
                i -> HttpRequest.newBuilder(URI.create(base + paths.get(i % paths.size())))
                        .build(),
                rate,
                length);
        System.out.println("tracked link clicks:  " + clicks.describe());
        long counted = brand.get("/api/v1/campaigns/" + campaign + "/statistics")
                .at("/ourClicks/clicks")
                .asLong();
        System.out.printf(
                "clicks counted by the campaign: %,d of %,d redirected (warm-up included); p99 / floor p99: %.1f;"
                        + " goal p99 ≤ 20 ms: %s%n",
                counted,
                clicks.statuses().getOrDefault(302, 0L) + (long) rate * 5,
                (double) clicks.p99Micros() / Math.max(1, floor.p99Micros()),
                clicks.p99Micros() <= 20_000 ? "met" : "NOT met");
    }
}
