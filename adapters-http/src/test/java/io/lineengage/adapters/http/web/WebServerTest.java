package io.lineengage.adapters.http.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinState;
import io.javalin.plugin.Plugin;
import io.lineengage.adapters.http.ops.OperationsModule;
import io.lineengage.adapters.http.org.OrgWebModule;
import io.lineengage.adapters.http.web.ApiClient.Answer;
import io.lineengage.application.fake.DirectUnitOfWork;
import io.lineengage.application.fake.InMemoryApiKeyRepository;
import io.lineengage.application.fake.InMemoryOrgRepository;
import io.lineengage.application.service.health.CheckReadinessService;
import io.lineengage.application.service.org.AuthenticateApiKeyService;
import io.lineengage.application.service.org.CreateOrgService;
import io.lineengage.application.service.org.GetOrgService;
import io.lineengage.application.service.org.IssueApiKeyService;
import io.lineengage.application.service.org.ListOrgsService;
import io.lineengage.application.service.org.RevokeApiKeyService;
import io.lineengage.domain.market.Market;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The REST adapter over in-memory fakes: routing, auth, problem answers, health, metrics, OpenAPI. */
class WebServerTest {
    private static final String ADMIN = "admin-token-for-tests-0123456789";
    private static final AtomicBoolean DATABASE_UP = new AtomicBoolean(true);
    private static WebServer server;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        Clock clock = Clock.systemUTC();
        InMemoryOrgRepository orgs = new InMemoryOrgRepository();
        InMemoryApiKeyRepository keys = new InMemoryApiKeyRepository(orgs);
        ObjectMapper json = WebServerModule.objectMapper();
        PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Set<Plugin<Void>> groups = new LinkedHashSet<>();
        groups.add(OperationsModule.operationsRoutes(new CheckReadinessService(DATABASE_UP::get), prometheus));
        groups.add(OrgWebModule.orgRoutes(
                json,
                new CreateOrgService(orgs, new Market("JP", ZoneId.of("Asia/Tokyo"), "JP"), clock),
                new GetOrgService(orgs),
                new ListOrgsService(orgs),
                new IssueApiKeyService(orgs, keys, new DirectUnitOfWork(), clock),
                new RevokeApiKeyService(keys, clock)));
        groups.add(new Plugin<>() {
            @Override
            public void onInitialize(JavalinState state) {
                state.routes.get("/boom", ctx -> {
                    throw new IllegalStateException("secret internals");
                });
            }
        });
        server = new WebServer(
                groups,
                json,
                prometheus,
                new ApiAuthentication(
                        new HttpSettings(ADMIN, URI.create("http://localhost:8080")),
                        new AuthenticateApiKeyService(keys),
                        clock));
        api = new ApiClient(server.start("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static void assertProblem(Answer answer, int status) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith(Problem.CONTENT_TYPE);
        assertThat(answer.json().get("status").asInt()).isEqualTo(status);
        assertThat(answer.json().get("type").asText()).startsWith("urn:line-engage:problem:");
        assertThat(answer.json().get("title").asText()).isNotBlank();
    }

    private static List<String> fieldsAtFault(Answer answer) {
        return answer.json().get("errors").findValuesAsText("field");
    }

    @Test
    void adminCreatesAnOrgIssuesAKeyThatReadsTheOrgUntilRevoked() {
        Answer created = api.post("/api/v1/admin/orgs", ADMIN, "{\"name\":\"Sushi Co\"}");
        assertThat(created.status()).isEqualTo(201);
        String orgId = created.json().get("id").asText();
        assertThat(created.json().get("timeZone").asText()).isEqualTo("Asia/Tokyo");

        Answer key = api.post("/api/v1/admin/orgs/" + orgId + "/api-keys", ADMIN, "{\"label\":\"crm\"}");
        assertThat(key.status()).isEqualTo(201);
        String plaintext = key.json().get("key").asText();
        assertThat(key.json().get("label").asText()).isEqualTo("crm");

        Answer org = api.get("/api/v1/org", plaintext);
        assertThat(org.status()).isEqualTo(200);
        assertThat(org.json().get("id").asText()).isEqualTo(orgId);
        assertThat(org.json().get("name").asText()).isEqualTo("Sushi Co");

        Answer revoked = api.delete(
                "/api/v1/admin/orgs/" + orgId + "/api-keys/"
                        + key.json().get("id").asText(),
                ADMIN);
        assertThat(revoked.status()).isEqualTo(204);
        assertProblem(api.get("/api/v1/org", plaintext), 401);
    }

    @Test
    void missingOrWrongTokensAreUnauthorized() {
        Answer none = api.post("/api/v1/admin/orgs", null, "{\"name\":\"x\"}");
        assertProblem(none, 401);
        assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertProblem(api.post("/api/v1/admin/orgs", "wrong", "{\"name\":\"x\"}"), 401);
        assertProblem(api.get("/api/v1/org", ADMIN), 401);
        assertProblem(api.get("/api/v1/org", "lek_made-up"), 401);
        Answer basic = api.send("GET", "/api/v1/org", null, null, null);
        assertProblem(basic, 401);
    }

    @Test
    void badBodiesNameEveryFieldAtFault() {
        Answer wrong =
                api.post("/api/v1/admin/orgs", ADMIN, "{\"name\": 42, \"timeZone\": \"Mars/Base\", \"nmae\": \"x\"}");
        assertProblem(wrong, 400);
        assertThat(fieldsAtFault(wrong)).containsExactlyInAnyOrder("nmae", "name");

        Answer zone = api.post("/api/v1/admin/orgs", ADMIN, "{\"name\": \"ok\", \"timeZone\": \"Mars/Base\"}");
        assertProblem(zone, 400);
        assertThat(fieldsAtFault(zone)).containsExactly("timeZone");

        assertThat(fieldsAtFault(api.post("/api/v1/admin/orgs", ADMIN, "{}"))).containsExactly("name");
        assertThat(fieldsAtFault(api.post("/api/v1/admin/orgs", ADMIN, "{\"name\":")))
                .containsExactly("body");
        assertThat(fieldsAtFault(api.post("/api/v1/admin/orgs", ADMIN, "[1]"))).containsExactly("body");
        assertThat(fieldsAtFault(api.post("/api/v1/admin/orgs", ADMIN, ""))).containsExactly("body");
        assertThat(fieldsAtFault(api.post("/api/v1/admin/orgs", ADMIN, "{\"name\":\"" + "n".repeat(201) + "\"}")))
                .containsExactly("name");
    }

    @Test
    void unknownThingsAreNotFoundAndWrongMethodsNotAllowed() {
        assertProblem(api.get("/nowhere", null), 404);
        assertProblem(api.post("/api/v1/admin/orgs/org_missing/api-keys", ADMIN, "{\"label\":\"x\"}"), 404);
        assertProblem(api.delete("/api/v1/admin/orgs/org_missing/api-keys/key_missing", ADMIN), 404);
        assertProblem(api.get("/api/v1/admin/orgs/org_missing", ADMIN), 404);
        assertProblem(api.send("PUT", "/health/live", null, null, null), 405);
    }

    @Test
    void ourOwnFailuresAre500ProblemsThatHideTheInternals() {
        Answer boom = api.get("/boom", null);
        assertProblem(boom, 500);
        assertThat(boom.text()).doesNotContain("secret internals");
    }

    @Test
    void tooLargeBodiesAre413() {
        String huge = "{\"name\":\"" + "x".repeat((int) WebServer.MAX_REQUEST_BYTES) + "\"}";
        assertProblem(api.post("/api/v1/admin/orgs", ADMIN, huge), 413);
    }

    @Test
    void healthFollowsTheDatabase() {
        assertThat(api.get("/health/live", null).json().get("status").asText()).isEqualTo("UP");
        assertThat(api.get("/health/ready", null).status()).isEqualTo(200);
        DATABASE_UP.set(false);
        try {
            Answer down = api.get("/health/ready", null);
            assertThat(down.status()).isEqualTo(503);
            assertThat(down.json().at("/checks/database").asText()).isEqualTo("DOWN");
        } finally {
            DATABASE_UP.set(true);
        }
    }

    @Test
    void metricsTimeRequestsByRouteTemplate() {
        api.get("/api/v1/admin/orgs/org_abc", ADMIN);
        Answer metrics = api.get("/metrics", null);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.text())
                .contains("http_server_requests_seconds_count")
                .contains("uri=\"/api/v1/admin/orgs/{orgId}\"")
                .doesNotContain("org_abc");
    }

    @Test
    void theOpenApiDocumentDescribesEveryRoute() throws IOException {
        JsonNode document = api.get("/openapi.json", null).json();
        assertThat(document.get("openapi").asText()).startsWith("3.");
        Set<String> missing = new HashSet<>();
        for (String route : server.routes()) {
            if (route.endsWith(" /boom")) {
                continue; // planted by this test only
            }
            String[] methodAndPath = route.split(" ", 2);
            JsonNode operation = document.path("paths").path(methodAndPath[1]).path(methodAndPath[0].toLowerCase());
            if (operation.isMissingNode()) {
                missing.add(route);
            }
        }
        assertThat(missing).as("routes missing from /openapi.json").isEmpty();
        assertThat(server.routes()).contains("POST /api/v1/admin/orgs", "GET /api/v1/org", "GET /metrics");
        try (InputStream in = getClass().getResourceAsStream("/openapi/line-engage.json")) {
            assertThat(in).isNotNull();
        }
    }
}
