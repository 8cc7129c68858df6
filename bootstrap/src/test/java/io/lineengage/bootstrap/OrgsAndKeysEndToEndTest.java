package io.lineengage.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.lineengage.adapters.http.web.ApiClient;
import io.lineengage.adapters.http.web.ApiClient.Answer;
import io.lineengage.adapters.persistence.postgres.DatabaseSettings;
import io.lineengage.adapters.persistence.postgres.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole service (Dagger component, JDBI, Flyway, Javalin) on real PostgreSQL, called over HTTP. */
class OrgsAndKeysEndToEndTest {
    private static final HikariDataSource DATABASE = TestDatabases.shared().newDatabase();
    private static final String ADMIN = TestSettings.ADMIN_TOKEN;

    @TempDir
    Path dataDirectory;

    @AfterAll
    static void close() {
        DATABASE.close();
    }

    private LineEngage start(MarketChoice market) {
        DatabaseSettings database =
                new DatabaseSettings.External(TestDatabases.shared().urlOf(DATABASE));
        return LineEngage.start(TestSettings.with(database, market, dataDirectory), TestSettings.CLOCK);
    }

    @Test
    void orgAndKeyWorkEndToEndAndSurviveARestart() {
        String orgId;
        String key;
        String keyId;
        try (LineEngage service = start(MarketChoice.DEFAULT)) {
            ApiClient api = new ApiClient(service.port());
            Answer org = api.post("/api/v1/admin/orgs", ADMIN, "{\"name\":\"Ramen Ya\",\"timeZone\":\"Asia/Bangkok\"}");
            assertThat(org.status()).isEqualTo(201);
            orgId = org.json().get("id").asText();
            Answer issued = api.post("/api/v1/admin/orgs/" + orgId + "/api-keys", ADMIN, "{\"label\":\"crm\"}");
            assertThat(issued.status()).isEqualTo(201);
            key = issued.json().get("key").asText();
            keyId = issued.json().get("id").asText();
            assertThat(api.get("/api/v1/org", key).json().get("timeZone").asText())
                    .isEqualTo("Asia/Bangkok");
        }
        try (LineEngage again = start(MarketChoice.DEFAULT)) {
            ApiClient api = new ApiClient(again.port());
            Answer org = api.get("/api/v1/org", key);
            assertThat(org.status()).isEqualTo(200);
            assertThat(org.json().get("id").asText()).isEqualTo(orgId);
            assertThat(org.json().get("name").asText()).isEqualTo("Ramen Ya");

            assertThat(api.delete("/api/v1/admin/orgs/" + orgId + "/api-keys/" + keyId, ADMIN)
                            .status())
                    .isEqualTo(204);
            assertThat(api.get("/api/v1/org", key).status()).isEqualTo(401);
        }
    }

    @Test
    void theKeyIsStoredOnlyAsAHash() throws Exception {
        try (LineEngage service = start(MarketChoice.DEFAULT)) {
            ApiClient api = new ApiClient(service.port());
            String orgId = api.post("/api/v1/admin/orgs", ADMIN, "{\"name\":\"Hashed\"}")
                    .json()
                    .get("id")
                    .asText();
            String key = api.post("/api/v1/admin/orgs/" + orgId + "/api-keys", ADMIN, "{\"label\":\"x\"}")
                    .json()
                    .get("key")
                    .asText();
            try (var connection = DATABASE.getConnection();
                    var statement = connection.prepareStatement(
                            "SELECT count(*) FROM api_keys WHERE key_hash = ? OR label = ?")) {
                statement.setString(1, key);
                statement.setString(2, key);
                var rows = statement.executeQuery();
                rows.next();
                assertThat(rows.getInt(1)).isZero();
            }
        }
    }

    @Test
    void marketsAreDifferentComponents() {
        String japanZone;
        String defaultZone;
        try (LineEngage japan = start(MarketChoice.JP)) {
            assertThat(japan.component().market().code()).isEqualTo("JP");
            japanZone = new ApiClient(japan.port())
                    .post("/api/v1/admin/orgs", ADMIN, "{\"name\":\"Tokyo\"}")
                    .json()
                    .get("timeZone")
                    .asText();
        }
        try (LineEngage global = start(MarketChoice.DEFAULT)) {
            defaultZone = new ApiClient(global.port())
                    .post("/api/v1/admin/orgs", ADMIN, "{\"name\":\"World\"}")
                    .json()
                    .get("timeZone")
                    .asText();
        }
        assertThat(japanZone).isEqualTo("Asia/Tokyo");
        assertThat(defaultZone).isEqualTo("UTC");
    }

    @Test
    void operationsEndpointsAnswerWithTheRealWiring() {
        try (LineEngage service = start(MarketChoice.DEFAULT)) {
            ApiClient api = new ApiClient(service.port());
            assertThat(api.get("/health/ready", null)
                            .json()
                            .at("/checks/database")
                            .asText())
                    .isEqualTo("UP");
            api.get("/api/v1/org", "lek_nobody");
            String metrics = api.get("/metrics", null).text();
            assertThat(metrics)
                    .contains("http_server_requests_seconds")
                    .contains("jvm_memory_used_bytes")
                    .contains("hikaricp_connections");
            Answer notFound = api.get("/api/v1/admin/nothing-here", ADMIN);
            assertThat(notFound.status()).isEqualTo(404);
            assertThat(notFound.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void everyRouteOfTheAssembledServiceIsInTheOpenApiDocument() {
        try (LineEngage service = start(MarketChoice.JP)) {
            ApiClient api = new ApiClient(service.port());
            var document = api.get("/openapi.json", null).json();
            // The console's pages are HTML for people, not the API: the document describes the API.
            assertThat(service.component().webServer().routes())
                    .filteredOn(route -> !route.contains(" /console"))
                    .isNotEmpty()
                    .allSatisfy(route -> {
                        String[] methodAndPath = route.split(" ", 2);
                        assertThat(document.path("paths").path(methodAndPath[1]).has(methodAndPath[0].toLowerCase()))
                                .as("%s is described in /openapi.json", route)
                                .isTrue();
                    });
        }
    }
}
