package io.lineengage.bootstrap;

import static io.lineengage.bootstrap.ServiceWithSandbox.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.adapters.http.web.ApiClient;
import io.lineengage.sandbox.LineSandbox;
import io.lineengage.sandbox.SandboxControl;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL while customers wait inside a journey, and a restart on the same database: every step runs once, so every
 * customer gets the follow-up once (none lost, none doubled at LINE).
 */
class JourneyCrashTest {
    private static final int CUSTOMERS = 30;

    @TempDir
    Path dataDirectory;

    private Process start(String log, LineSandbox sandbox) throws Exception {
        return ServiceProcess.startOnSandbox(dataDirectory, log, sandbox.baseUrl(), Map.of("LINE_ENGAGE_MARKET", "JP"));
    }

    @Test
    void everyFollowUpIsSentOnceAcrossAKillDuringTheWait() throws Exception {
        try (LineSandbox sandbox = LineSandbox.start(0)) {
            SandboxControl control = new SandboxControl(sandbox.baseUrl());
            SandboxControl.ChannelCredentials channel = control.createChannel(Map.of("monthlyQuota", 10_000));
            List<String> users = new ArrayList<>();
            for (int i = 0; i < CUSTOMERS; i++) {
                users.add("U%032x".formatted(0xfeed0000L + i));
            }
            String key;
            String journey;
            Process first = start("first.log", sandbox);
            try {
                int port = ServiceProcess.awaitPort(dataDirectory.resolve("first.log"), first);
                ApiClient api = new ApiClient(port);
                key = TestSettings.apiKeyOfNewOrg(api, "Crash");
                String account = api.post(
                                "/api/v1/line-accounts",
                                key,
                                "{\"name\":\"Shop\",\"providerName\":\"Brand\",\"channelId\":\"%s\",\"channelSecret\":\"%s\",\"accessToken\":\"%s\"}"
                                        .formatted(channel.channelId(), channel.channelSecret(), channel.accessToken()))
                        .json()
                        .get("id")
                        .asText();
                control.updateChannel(
                        channel.channelId(),
                        Map.of("webhookUrl", "http://127.0.0.1:" + port + "/webhooks/line/" + account));
                String template = api.post(
                                "/api/v1/templates",
                                key,
                                "{\"name\":\"Later\",\"messages\":[{\"type\":\"text\",\"text\":\"Still there?\"}]}")
                        .json()
                        .get("id")
                        .asText();
                journey = api.post(
                                "/api/v1/journeys",
                                key,
                                "{\"name\":\"Later\",\"trigger\":{\"type\":\"follow\"},\"steps\":["
                                        + "{\"type\":\"wait\",\"duration\":\"PT4S\"},"
                                        + "{\"type\":\"send\",\"templateId\":\"" + template + "\"}]}")
                        .json()
                        .get("id")
                        .asText();
                api.post("/api/v1/journeys/" + journey + "/activate", key, null);
                List<Map<String, String>> follows = new ArrayList<>();
                users.forEach(user -> follows.add(Map.of("type", "follow", "userId", user)));
                control.webhook(channel.channelId(), Map.of("events", follows));
                String id = journey;
                eventually(() -> api.get("/api/v1/journeys/" + id + "/stats", key)
                                .json()
                                .get("active")
                                .asLong()
                        == CUSTOMERS);
            } finally {
                first.destroyForcibly(); // SIGKILL while all of them wait
            }
            ServiceProcess.awaitKilled(first, dataDirectory);

            Process second = start("second.log", sandbox);
            try {
                ApiClient api = new ApiClient(ServiceProcess.awaitPort(dataDirectory.resolve("second.log"), second));
                String id = journey;
                eventually(() -> api.get("/api/v1/journeys/" + id + "/stats", key)
                                .json()
                                .get("done")
                                .asLong()
                        == CUSTOMERS);
                Map<String, Integer> received = control.receivedCounts(channel.channelId());
                for (String user : users) {
                    assertThat(received.getOrDefault(user, 0))
                            .as("messages to %s", user)
                            .isEqualTo(1);
                }
            } finally {
                second.destroy();
                second.waitFor(60, TimeUnit.SECONDS);
                second.destroyForcibly();
            }
        }
    }
}
