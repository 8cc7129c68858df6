package io.lineengage.bootstrap;

import io.lineengage.adapters.http.web.ApiClient;
import io.lineengage.adapters.line.messaging.LineSettings;
import io.lineengage.adapters.persistence.postgres.DatabaseSettings;
import io.lineengage.application.port.out.campaign.SendPace;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/** Settings for a service started inside a test: a free port, the given database, fixed secrets. */
final class TestSettings {
    static final String ADMIN_TOKEN = "test-admin-token-0123456789abcdef";
    /** As Main's: the system clock in microseconds. */
    static final Clock CLOCK = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    private TestSettings() {}

    /** Creates an org through the admin API and answers a fresh API key of it. */
    static String apiKeyOfNewOrg(ApiClient api, String name) {
        String org = api.post("/api/v1/admin/orgs", ADMIN_TOKEN, "{\"name\":\"" + name + "\"}")
                .json()
                .get("id")
                .asText();
        return api.post("/api/v1/admin/orgs/" + org + "/api-keys", ADMIN_TOKEN, "{\"label\":\"k\"}")
                .json()
                .get("key")
                .asText();
    }

    static Settings with(DatabaseSettings database, MarketChoice market, Path dataDirectory) {
        return new Settings(
                0,
                "127.0.0.1",
                database,
                dataDirectory,
                ADMIN_TOKEN,
                MasterKey.fromBase64(Base64.getEncoder().encodeToString(new byte[MasterKey.LENGTH_BYTES])),
                market,
                LineSettings.realLine(),
                URI.create("http://localhost:8080"),
                SendPace.Limits.LINE,
                SettingsReader.DEFAULT_PROFILE_RATE,
                Optional.empty());
    }
}
