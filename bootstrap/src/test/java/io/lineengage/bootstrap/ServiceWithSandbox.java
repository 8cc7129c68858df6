package io.lineengage.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import io.lineengage.adapters.http.web.ApiClient;
import io.lineengage.adapters.http.web.ApiClient.Answer;
import io.lineengage.adapters.line.messaging.LineSettings;
import io.lineengage.adapters.persistence.postgres.DatabaseSettings;
import io.lineengage.adapters.persistence.postgres.TestDatabases;
import io.lineengage.sandbox.LineSandbox;
import io.lineengage.sandbox.SandboxControl;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/** The whole service on real PostgreSQL, talking to a LINE sandbox, with an org and its API key: for end-to-end tests. */
final class ServiceWithSandbox implements AutoCloseable {
    final LineSandbox sandbox = LineSandbox.start(0);
    final SandboxControl control = new SandboxControl(sandbox.baseUrl());
    final HikariDataSource database = TestDatabases.shared().newDatabase();
    private final Path dataDirectory;
    private final MarketChoice market;
    LineEngage service;
    ApiClient api;
    String orgId;
    String key;

    ServiceWithSandbox(Path dataDirectory) {
        this(dataDirectory, MarketChoice.JP);
    }

    ServiceWithSandbox(Path dataDirectory, MarketChoice market) {
        this.dataDirectory = dataDirectory;
        this.market = market;
        start();
        Answer org = api.post("/api/v1/admin/orgs", TestSettings.ADMIN_TOKEN, "{\"name\":\"Sandbox Brand\"}");
        orgId = org.json().get("id").asText();
        key = api.post("/api/v1/admin/orgs/" + orgId + "/api-keys", TestSettings.ADMIN_TOKEN, "{\"label\":\"e2e\"}")
                .json()
                .get("key")
                .asText();
    }

    void start() {
        Settings settings = TestSettings.with(
                        new DatabaseSettings.External(TestDatabases.shared().urlOf(database)), market, dataDirectory)
                // A short read timeout: the sandbox answers in milliseconds, and its timeout faults last longer.
                .withLine(LineSettings.at(URI.create(sandbox.baseUrl()), URI.create(sandbox.baseUrl()))
                        .withReadTimeout(Duration.ofSeconds(1)));
        service = LineEngage.start(settings, TestSettings.CLOCK);
        api = new ApiClient(service.port());
    }

    void restart() {
        service.close();
        start();
    }

    /** Registers a sandbox channel as a LINE account and points the channel's webhooks at the service. */
    Registered registerChannel(boolean withToken) {
        SandboxControl.ChannelCredentials channel = control.createChannel(Map.of("monthlyQuota", 10_000));
        String body = withToken
                ? "{\"name\":\"Shop\",\"providerName\":\"Brand\",\"channelId\":\"%s\",\"channelSecret\":\"%s\",\"accessToken\":\"%s\"}"
                        .formatted(channel.channelId(), channel.channelSecret(), channel.accessToken())
                : "{\"name\":\"Shop\",\"providerName\":\"Brand\",\"channelId\":\"%s\",\"channelSecret\":\"%s\"}"
                        .formatted(channel.channelId(), channel.channelSecret());
        Answer registered = api.post("/api/v1/line-accounts", key, body);
        if (registered.status() != 201) {
            throw new IllegalStateException("registration failed: " + registered.text());
        }
        String accountId = registered.json().get("id").asText();
        control.updateChannel(
                channel.channelId(),
                Map.of("webhookUrl", "http://127.0.0.1:" + service.port() + "/webhooks/line/" + accountId));
        return new Registered(accountId, channel, registered.json());
    }

    record Registered(String accountId, SandboxControl.ChannelCredentials channel, JsonNode answer) {}

    /** Runs the account's follower backfill to its end: its sandbox followers become LINE-only customers. */
    void backfill(Registered account) {
        String job = api.post("/api/v1/line-accounts/" + account.accountId() + "/followers/backfill", key, null)
                .json()
                .get("jobId")
                .asText();
        eventually(() ->
                api.get("/api/v1/jobs/" + job, key).json().get("state").asText().equals("COMPLETED"));
    }

    /**
     * A BULK campaign of the template to every customer on LINE (through the org's default BULK gateways), created
     * and launched; answers the campaign as created, once it is COMPLETED.
     */
    JsonNode completedCampaign(String name, String templateId) {
        String audience = api.post(
                        "/api/v1/audiences",
                        key,
                        "{\"name\":\"On LINE\",\"filter\":{\"field\":\"lineIdentity\",\"op\":\"exists\"}}")
                .json()
                .get("id")
                .asText();
        JsonNode created = api.post(
                        "/api/v1/campaigns",
                        key,
                        "{\"name\":\"" + name + "\",\"templateId\":\"" + templateId + "\",\"audienceId\":\"" + audience
                                + "\",\"priority\":\"BULK\"}")
                .json();
        String campaign = created.get("id").asText();
        api.post("/api/v1/campaigns/" + campaign + "/launch", key, null);
        eventually(() -> api.get("/api/v1/campaigns/" + campaign, key)
                .json()
                .get("status")
                .asText()
                .equals("COMPLETED"));
        return created;
    }

    /** A default gateway of the account: {@code priority} BULK or TRANSACTIONAL, of {@code weight}. */
    String defaultGateway(Registered account, int weight, String priority) {
        Answer gateway = api.post(
                "/api/v1/gateways",
                key,
                "{\"lineAccountId\":\"" + account.accountId() + "\",\"weight\":" + weight + ",\"priority\":\""
                        + priority + "\",\"isDefault\":true}");
        if (gateway.status() != 201) {
            throw new IllegalStateException("gateway refused: " + gateway.text());
        }
        return gateway.json().get("id").asText();
    }

    JsonNode subscription(String accountId, String userId) {
        return api.get("/api/v1/line-accounts/" + accountId + "/subscriptions/" + userId, key)
                .json();
    }

    /**
     * Waits for background processing to reach what {@code done} checks. The two-minute ceiling is for a loaded
     * machine (both cores busy), never a speed requirement: on an idle one this returns in milliseconds.
     */
    static void eventually(Supplier<Boolean> done) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!done.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within 2 minutes");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public void close() {
        if (service != null) {
            service.close();
        }
        database.close();
        sandbox.close();
    }
}
