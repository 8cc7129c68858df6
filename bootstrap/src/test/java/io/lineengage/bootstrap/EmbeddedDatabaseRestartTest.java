package io.lineengage.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.adapters.http.web.ApiClient;
import io.lineengage.adapters.persistence.postgres.DatabaseSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default set-up: embedded PostgreSQL whose data directory survives a restart of the service. */
class EmbeddedDatabaseRestartTest {
    @TempDir
    Path dataDirectory;

    @Test
    void orgsAndKeysSurviveARestartOnTheEmbeddedDatabase() {
        Settings settings = TestSettings.with(
                new DatabaseSettings.Embedded(dataDirectory.resolve("postgres")), MarketChoice.DEFAULT, dataDirectory);
        String key;
        try (LineEngage first = LineEngage.start(settings, TestSettings.CLOCK)) {
            ApiClient api = new ApiClient(first.port());
            String orgId = api.post("/api/v1/admin/orgs", TestSettings.ADMIN_TOKEN, "{\"name\":\"Kept\"}")
                    .json()
                    .get("id")
                    .asText();
            key = api.post("/api/v1/admin/orgs/" + orgId + "/api-keys", TestSettings.ADMIN_TOKEN, "{\"label\":\"k\"}")
                    .json()
                    .get("key")
                    .asText();
        }
        try (LineEngage second = LineEngage.start(settings, TestSettings.CLOCK)) {
            ApiClient api = new ApiClient(second.port());
            assertThat(api.get("/api/v1/org", key).json().get("name").asText()).isEqualTo("Kept");
        }
    }

    @Test
    void thePersistentDatabaseRunsDurablyAndTheThrowAwayOneDoesNot() throws Exception {
        Settings persistent = TestSettings.with(
                new DatabaseSettings.Embedded(dataDirectory.resolve("durable")), MarketChoice.DEFAULT, dataDirectory);
        try (LineEngage service = LineEngage.start(persistent, TestSettings.CLOCK)) {
            assertThat(setting(service, "fsync")).isEqualTo("on");
            assertThat(setting(service, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(service, "full_page_writes")).isEqualTo("on");
        }
        Settings ephemeral = TestSettings.with(new DatabaseSettings.Ephemeral(), MarketChoice.DEFAULT, dataDirectory);
        try (LineEngage service = LineEngage.start(ephemeral, TestSettings.CLOCK)) {
            assertThat(setting(service, "fsync")).isEqualTo("off");
        }
    }

    private static String setting(LineEngage service, String name) throws Exception {
        try (var connection = service.dataSource().getConnection();
                var rows = connection.createStatement().executeQuery("SHOW " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
