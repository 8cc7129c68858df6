package io.lineengage.bootstrap;

import static io.lineengage.bootstrap.ServiceWithSandbox.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lineengage.adapters.http.web.ApiClient;
import io.lineengage.sandbox.LineSandbox;
import io.lineengage.sandbox.SandboxControl;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL right after a launch answers, while the audience is still being frozen into the ledger and the first
 * batches go, then a restart on the same database: the freeze goes on where it was (once the dead runner's lease
 * ends), the weighted split comes out exact, and every follower gets the message once across both channels.
 */
class CampaignFreezeCrashTest {
    private static final int FOLLOWERS = 20_000;

    @TempDir
    Path dataDirectory;

    private Process start(String log, LineSandbox sandbox) throws Exception {
        return ServiceProcess.startOnSandbox(dataDirectory, log, sandbox.baseUrl(), Map.of());
    }

    private static String id(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.text()).isIn(200, 201, 202);
        return answer.json().get("id").asText();
    }

    private static String account(ApiClient api, String key, SandboxControl.ChannelCredentials channel) {
        return id(api.post(
                "/api/v1/line-accounts",
                key,
                "{\"name\":\"Shop %s\",\"providerName\":\"Brand\",\"channelId\":\"%s\",\"channelSecret\":\"%s\",\"accessToken\":\"%s\"}"
                        .formatted(
                                channel.channelId(),
                                channel.channelId(),
                                channel.channelSecret(),
                                channel.accessToken())));
    }

    private static void backfill(ApiClient api, String key, String account) {
        String job = api.post("/api/v1/line-accounts/" + account + "/followers/backfill", key, null)
                .json()
                .get("jobId")
                .asText();
        eventually(() ->
                api.get("/api/v1/jobs/" + job, key).json().get("state").asText().equals("COMPLETED"));
    }

    @Test
    void aKillDuringTheFreezeLosesAndDoublesNothingAndKeepsTheSplit() throws Exception {
        try (LineSandbox sandbox = LineSandbox.start(0)) {
            SandboxControl control = new SandboxControl(sandbox.baseUrl());
            SandboxControl.ChannelCredentials tokyo = control.createChannel(Map.of("monthlyQuota", 1_000_000));
            SandboxControl.ChannelCredentials osaka = control.createChannel(Map.of("monthlyQuota", 1_000_000));
            List<String> followers = control.addFollowers(tokyo.channelId(), FOLLOWERS);
            control.addFollowers(osaka.channelId(), followers);
            String key;
            String campaign;
            String gatewayA;
            String gatewayB;
            Process first = start("first.log", sandbox);
            try {
                ApiClient api = new ApiClient(ServiceProcess.awaitPort(dataDirectory.resolve("first.log"), first));
                key = TestSettings.apiKeyOfNewOrg(api, "Freeze");
                String tokyoAccount = account(api, key, tokyo);
                String osakaAccount = account(api, key, osaka);
                backfill(api, key, tokyoAccount);
                backfill(api, key, osakaAccount);
                gatewayA = id(api.post(
                        "/api/v1/gateways",
                        key,
                        "{\"lineAccountId\":\"" + tokyoAccount
                                + "\",\"weight\":70,\"priority\":\"BULK\",\"isDefault\":true}"));
                gatewayB = id(api.post(
                        "/api/v1/gateways",
                        key,
                        "{\"lineAccountId\":\"" + osakaAccount
                                + "\",\"weight\":30,\"priority\":\"BULK\",\"isDefault\":true}"));
                String template = id(api.post(
                        "/api/v1/templates",
                        key,
                        "{\"name\":\"Sale\",\"messages\":[{\"type\":\"text\",\"text\":\"Winter sale!\"}]}"));
                String audience = id(api.post(
                        "/api/v1/audiences",
                        key,
                        "{\"name\":\"Everyone\",\"filter\":{\"field\":\"createdAt\",\"op\":\"lte\","
                                + "\"value\":\"2100-01-01T00:00:00Z\"}}"));
                campaign = id(api.post(
                        "/api/v1/campaigns",
                        key,
                        "{\"name\":\"Winter\",\"templateId\":\"" + template + "\",\"audienceId\":\"" + audience
                                + "\",\"priority\":\"BULK\"}"));

                JsonNode launched = api.post("/api/v1/campaigns/" + campaign + "/launch", key, null)
                        .json();
                assertThat(launched.get("status").asText()).isEqualTo("RUNNING");
                assertThat(launched.get("freezing").asBoolean())
                        .as("the launch answers before the audience is all in the ledger")
                        .isTrue();
            } finally {
                first.destroyForcibly(); // SIGKILL while the rest of the audience is being frozen
            }
            ServiceProcess.awaitKilled(first, dataDirectory);

            Process second = start("second.log", sandbox);
            try {
                ApiClient api = new ApiClient(ServiceProcess.awaitPort(dataDirectory.resolve("second.log"), second));
                String id = campaign;
                // The dead instance's freeze and batch leases (a minute) end first: a generous ceiling.
                long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
                while (!api.get("/api/v1/campaigns/" + id, key)
                        .json()
                        .get("status")
                        .asText()
                        .equals("COMPLETED")) {
                    assertThat(System.nanoTime())
                            .as("COMPLETED within 6 minutes")
                            .isLessThan(deadline);
                    Thread.sleep(200);
                }
                JsonNode done = api.get("/api/v1/campaigns/" + id, key).json();
                assertThat(done.get("sent").asLong()).isEqualTo(FOLLOWERS);
                assertThat(done.get("freezing").asBoolean()).isFalse();
                assertThat(done.get("failed").asLong()).isZero();
                assertThat(done.get("queued").asLong()).isZero();
                assertThat(done.at("/byGateway/" + gatewayA + "/sent").asLong()).isEqualTo(FOLLOWERS * 7L / 10);
                assertThat(done.at("/byGateway/" + gatewayB + "/sent").asLong()).isEqualTo(FOLLOWERS * 3L / 10);

                Map<String, Integer> received = new HashMap<>(control.receivedCounts(tokyo.channelId()));
                control.receivedCounts(osaka.channelId()).forEach((user, n) -> received.merge(user, n, Integer::sum));
                assertThat(received.keySet()).as("none lost").containsExactlyInAnyOrderElementsOf(followers);
                assertThat(received.values()).as("none doubled").allMatch(n -> n == 1);
            } finally {
                second.destroy();
                second.waitFor(60, TimeUnit.SECONDS);
                second.destroyForcibly();
            }
        }
    }
}
