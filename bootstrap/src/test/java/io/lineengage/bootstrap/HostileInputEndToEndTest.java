package io.lineengage.bootstrap;

import static io.lineengage.bootstrap.ServiceWithSandbox.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lineengage.adapters.http.web.ApiClient.Answer;
import io.lineengage.bootstrap.ServiceWithSandbox.Registered;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input an attacker (or a careless script) sends, as classes: text PostgreSQL cannot store or that carries control
 * characters, sizes past a statement's limits, numbers and times that do not fit, malformed shapes, blank IDs. Each
 * answer is a 4xx naming what is at fault, and a refused request changes nothing; LINE's signed webhooks are kept
 * whole whatever their text holds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputEndToEndTest {
    /** Members of the class "text no field may hold", as JSON escapes: NUL, lone surrogates, a control character. */
    private static final List<String> UNSTORABLE = List.of("\\u0000", "\\ud800", "\\udfff", "\\u0007", "\\u001b");

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDirectory;

    private ServiceWithSandbox world;
    private Registered account;

    @BeforeAll
    void start() {
        world = new ServiceWithSandbox(dataDirectory);
        account = world.registerChannel(true);
    }

    @AfterAll
    void stop() {
        world.close();
    }

    private Answer send(String method, String path, String body) {
        return world.api.send(
                method,
                path,
                path.startsWith("/api/v1/admin") ? TestSettings.ADMIN_TOKEN : world.key,
                body,
                "application/json");
    }

    private static List<String> fields(Answer answer) {
        List<String> fields = new ArrayList<>();
        answer.json()
                .path("errors")
                .forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }

    private void assertRefused(String method, String path, String body, String field) {
        Answer answer = send(method, path, body);
        assertThat(answer.status()).as("%s %s %s", method, path, body).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(fields(answer)).as("%s %s %s", method, path, body).contains(field);
    }

    @Test
    void textNoFieldMayHoldIsA400NamingTheFieldOnEveryRoute() {
        for (String bad : UNSTORABLE) {
            String t = "a" + bad + "b";
            assertRefused("POST", "/api/v1/admin/orgs", "{\"name\":\"" + t + "\"}", "name");
            assertRefused(
                    "POST", "/api/v1/admin/orgs/" + world.orgId + "/api-keys", "{\"label\":\"" + t + "\"}", "label");
            assertRefused("POST", "/api/v1/customers", "{\"externalId\":\"" + t + "\"}", "externalId");
            assertRefused("POST", "/api/v1/customers", "{\"externalId\":\"C-1\",\"name\":\"" + t + "\"}", "name");
            assertRefused(
                    "POST", "/api/v1/customers", "{\"externalId\":\"C-1\",\"email\":\"" + t + "@x.jp\"}", "email");
            assertRefused(
                    "POST", "/api/v1/customers", "{\"externalId\":\"C-1\",\"tags\":[\"ok\",\"" + t + "\"]}", "tags[1]");
            assertRefused(
                    "POST",
                    "/api/v1/customers",
                    "{\"externalId\":\"C-1\",\"attributes\":{\"tier\":\"" + t + "\"}}",
                    "attributes.tier");
            // In a field name: Jackson itself refuses a lone surrogate there (the body is not read as JSON).
            Answer name =
                    send("POST", "/api/v1/customers", "{\"externalId\":\"C-1\",\"attributes\":{\"" + t + "\":1}}");
            assertThat(name.status()).isEqualTo(400);
            assertThat(fields(name)).containsAnyOf("attributes", "body");
            assertRefused(
                    "POST",
                    "/api/v1/templates",
                    "{\"name\":\"" + t + "\",\"messages\":[{\"type\":\"text\",\"text\":\"hi\"}]}",
                    "name");
            assertRefused(
                    "POST",
                    "/api/v1/templates",
                    "{\"name\":\"t\",\"messages\":[{\"type\":\"text\",\"text\":\"" + t + "\"}]}",
                    "messages[0].text");
            assertRefused(
                    "POST",
                    "/api/v1/audiences/preview",
                    "{\"filter\":{\"field\":\"attributes.tier\",\"op\":\"eq\",\"value\":\"" + t + "\"}}",
                    "filter.value");
            assertRefused(
                    "POST",
                    "/api/v1/audiences",
                    "{\"name\":\"" + t + "\",\"filter\":{\"field\":\"tags\",\"op\":\"contains\",\"value\":\"x\"}}",
                    "name");
            assertRefused(
                    "POST",
                    "/api/v1/line-accounts",
                    "{\"name\":\"" + t + "\",\"providerName\":\"p\","
                            + "\"channelId\":\"1\",\"channelSecret\":\"s\",\"accessToken\":\"t\"}",
                    "name");
            assertRefused("PATCH", "/api/v1/line-accounts/" + account.accountId(), "{\"name\":\"" + t + "\"}", "name");
            assertRefused(
                    "POST",
                    "/api/v1/campaigns",
                    "{\"name\":\"" + t + "\",\"templateId\":\"x\",\"audienceId\":\"y\"," + "\"priority\":\"BULK\"}",
                    "name");
            assertRefused(
                    "POST",
                    "/api/v1/gateways",
                    "{\"lineAccountId\":\"" + t + "\",\"weight\":1,\"priority\":\"BULK\"}",
                    "lineAccountId");
        }
        // Query parameters: the same class, named by the parameter.
        for (String bad : List.of("%00", "%07", "%ED%A0%80")) {
            Answer lookup = world.api.get("/api/v1/lookup?externalId=a" + bad, world.key);
            assertThat(lookup.status()).as(bad).isEqualTo(bad.equals("%ED%A0%80") ? 404 : 400);
            if (lookup.status() == 400) {
                assertThat(fields(lookup)).contains("externalId");
            }
        }
        assertThat(world.api.get("/api/v1/templates?cursor=%00", world.key).status())
                .isEqualTo(400);
        Answer org = world.api.get("/api/v1/org", world.key);
        assertThat(org.status()).isEqualTo(200);
        assertThat(world.api.get("/api/v1/lookup?externalId=C-1", world.key).status())
                .as("nothing was created")
                .isEqualTo(404);
    }

    @Test
    void importsRefuseTheRowHoldingSuchTextAndKeepTheOthers() {
        String csv = "externalId,name,tier\nI-1,Aoi,GOLD\nI-2,Re\u0000n,GOLD\nI-3,Sora,SIL\u0007VER\nI-4,Mei,GOLD\n";
        Answer report = world.api.send("POST", "/api/v1/customers/import", world.key, csv, "text/csv");
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.json().get("created").asInt()).isEqualTo(2);
        assertThat(report.json().get("rejected").findValuesAsText("line")).containsExactly("3", "4");
        assertThat(report.json().get("rejected").get(0).get("reason").asText()).contains("name", "U+0000");

        String ndjson = "{\"externalId\":\"N-1\"}\n{\"externalId\":\"N-2\",\"name\":\"x\\u0000\"}\n"
                + "{\"externalId\":\"N-3\",\"tags\":[\"\\udc00\"]}\n{\"externalId\":\"N-4\"} trailing\n";
        Answer lines = world.api.send("POST", "/api/v1/customers/import", world.key, ndjson, "application/x-ndjson");
        assertThat(lines.json().get("created").asInt()).isEqualTo(1);
        assertThat(lines.json().get("rejected").findValuesAsText("line")).containsExactly("2", "3", "4");
        assertThat(lines.json().get("rejected").get(0).get("reason").asText()).contains("name");
        assertThat(lines.json().get("rejected").get(1).get("reason").asText()).contains("tags[0]");

        Answer list =
                world.api.send("POST", "/api/v1/customer-lists?name=vip", world.key, "I-1\nI\u00004\n", "text/csv");
        assertThat(list.status()).isEqualTo(400);
        assertThat(fields(list)).containsExactly("file");
        Answer header = world.api.send(
                "POST", "/api/v1/customers/import", world.key, "externalId,ti\u0000er\nH-1,GOLD\n", "text/csv");
        assertThat(header.json().get("created").asInt()).isZero();
        assertThat(header.json().get("rejected").get(0).get("line").asInt()).isEqualTo(1);
    }

    @Test
    void numbersAndTimesThatDoNotFitAreA400NamingTheField() {
        for (String huge : List.of("1e999", "-1e999", "1" + "0".repeat(400))) {
            assertRefused(
                    "POST",
                    "/api/v1/customers",
                    "{\"externalId\":\"Z-1\",\"attributes\":{\"points\":" + huge + "}}",
                    "attributes.points");
            assertRefused(
                    "POST",
                    "/api/v1/audiences/preview",
                    "{\"filter\":{\"field\":\"attributes.points\",\"op\":\"gte\",\"value\":" + huge + "}}",
                    "filter.value");
        }
        for (String span : List.of("PT9999999999999H", "P999999999Y", "P201Y", "P0Y0M99999999D")) {
            assertRefused(
                    "POST",
                    "/api/v1/audiences/preview",
                    "{\"filter\":{\"field\":\"createdAt\",\"op\":\"within\",\"value\":\"" + span + "\"}}",
                    "filter.value");
        }
        for (String moment :
                List.of("+100000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z")) {
            assertRefused(
                    "POST",
                    "/api/v1/audiences/preview",
                    "{\"filter\":{\"field\":\"createdAt\",\"op\":\"gte\",\"value\":\"" + moment + "\"}}",
                    "filter.value");
            assertRefused(
                    "POST",
                    "/api/v1/gateways",
                    "{\"lineAccountId\":\"" + account.accountId() + "\",\"weight\":1,"
                            + "\"priority\":\"BULK\",\"activeFrom\":\"" + moment + "\"}",
                    "activeFrom");
            assertRefused(
                    "POST",
                    "/api/v1/campaigns",
                    "{\"name\":\"c\",\"templateId\":\"x\",\"audienceId\":\"y\","
                            + "\"priority\":\"BULK\",\"scheduleAt\":\"" + moment + "\"}",
                    "scheduleAt");
        }
        assertRefused(
                "POST",
                "/api/v1/campaigns",
                "{\"name\":\"c\",\"templateId\":\"x\",\"audienceId\":\"y\","
                        + "\"priority\":\"BULK\",\"frequencyCap\":{\"max\":1,\"within\":\"P999999999Y\"}}",
                "frequencyCap");
        String gateway = "{\"lineAccountId\":\"" + account.accountId() + "\",\"weight\":%s,\"priority\":%s}";
        assertRefused("POST", "/api/v1/gateways", gateway.formatted("null", "\"BULK\""), "weight");
        assertRefused("POST", "/api/v1/gateways", gateway.formatted("1e999", "\"BULK\""), "weight");
        assertRefused("POST", "/api/v1/gateways", gateway.formatted("4294967297", "\"BULK\""), "weight");
        assertRefused("POST", "/api/v1/gateways", gateway.formatted("1", "null"), "priority");
        assertThat(world.api.get("/api/v1/gateways", world.key).json().get("items"))
                .as("nothing created")
                .isEmpty();
    }

    @Test
    void malformedShapesAndBlankIdsAreRefused() {
        assertRefused("POST", "/api/v1/admin/orgs", "{\"name\":\"x\"} {\"name\":\"y\"}", "body");
        assertRefused("POST", "/api/v1/customers", "{\"externalId\":\"T-1\"}garbage", "body");
        for (String path : List.of(
                "/api/v1/customers/%20",
                "/api/v1/customers/%20%09",
                "/api/v1/line-accounts/%20",
                "/api/v1/line-accounts/%20/subscriptions/U1",
                "/api/v1/templates/%20",
                "/api/v1/audiences/%20",
                "/api/v1/campaigns/%20",
                "/api/v1/gateways/%20",
                "/api/v1/jobs/%20",
                "/api/v1/customer-lists/%20",
                "/api/v1/customers/%E2%80%83",
                "/api/v1/customers/%07")) {
            Answer answer = world.api.get(path, world.key);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
        // Jetty refuses %00 in a path before any route: still a problem+json, never a 500.
        Answer nul = world.api.get("/api/v1/customers/%00", world.key);
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.contentType()).startsWith("application/problem+json");
        for (String path : List.of("/api/v1/admin/orgs/%20", "/api/v1/admin/orgs/%20/api-keys")) {
            assertThat(world.api
                            .send("POST", path, TestSettings.ADMIN_TOKEN, "{\"label\":\"x\"}", "application/json")
                            .status())
                    .as(path)
                    .isIn(404, 405);
        }
        assertThat(world.api
                        .get("/api/v1/admin/orgs/%20", TestSettings.ADMIN_TOKEN)
                        .status())
                .isEqualTo(404);
        assertThat(world.api
                        .send("POST", "/api/v1/line-accounts/%20/check", world.key, null, null)
                        .status())
                .isEqualTo(404);
        assertThat(world.api
                        .send("POST", "/webhooks/line/%20", null, "{}", "application/json")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aRefusedWriteRegistersNoAttributeAndAnUnheldOneCanBeRetypedAndRemoved() {
        Answer refused =
                send("POST", "/api/v1/customers", "{\"externalId\":\"\",\"attributes\":{\"loyaltyLevel\":\"abc\"}}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(world.api
                        .get("/api/v1/attributes", world.key)
                        .json()
                        .get("items")
                        .findValuesAsText("name"))
                .doesNotContain("loyaltyLevel");
        assertThat(send("PUT", "/api/v1/attributes/loyaltyLevel", "{\"type\":\"NUMBER\"}")
                        .status())
                .isEqualTo(200);
        assertThat(send("POST", "/api/v1/customers", "{\"externalId\":\"L-1\",\"attributes\":{\"loyaltyLevel\":3}}")
                        .status())
                .isEqualTo(201);
        Answer held = send("PUT", "/api/v1/attributes/loyaltyLevel", "{\"type\":\"STRING\"}");
        assertThat(held.status()).isEqualTo(409);
        assertThat(world.api
                        .delete("/api/v1/attributes/loyaltyLevel", world.key)
                        .status())
                .isEqualTo(409);

        assertThat(send("PUT", "/api/v1/attributes/spare", "{\"type\":\"STRING\"}")
                        .status())
                .isEqualTo(200);
        assertThat(send("PUT", "/api/v1/attributes/spare", "{\"type\":\"DATE\"}")
                        .status())
                .as("nobody holds it")
                .isEqualTo(200);
        assertThat(world.api.delete("/api/v1/attributes/spare", world.key).status())
                .isEqualTo(204);
        assertThat(world.api.delete("/api/v1/attributes/spare", world.key).status())
                .isEqualTo(404);
        assertThat(world.api
                        .get("/api/v1/attributes", world.key)
                        .json()
                        .get("items")
                        .findValuesAsText("name"))
                .contains("loyaltyLevel")
                .doesNotContain("spare");

        // An import row that is refused registers nothing either, however many columns it has.
        StringBuilder header = new StringBuilder("externalId");
        StringBuilder row = new StringBuilder("");
        for (int i = 0; i < 150; i++) {
            header.append(",wide").append(i);
            row.append(",v");
        }
        Answer wide =
                world.api.send("POST", "/api/v1/customers/import", world.key, header + "\n" + row + "\n", "text/csv");
        assertThat(wide.json().get("rejectedCount").asInt()).isEqualTo(1);
        assertThat(world.api
                        .get("/api/v1/attributes", world.key)
                        .json()
                        .get("items")
                        .findValuesAsText("name"))
                .noneMatch(name -> name.startsWith("wide"));
        StringBuilder tooWide = new StringBuilder("externalId");
        for (int i = 0; i < 10_000; i++) {
            tooWide.append(",c").append(i);
        }
        Answer capped = world.api.send("POST", "/api/v1/customers/import", world.key, tooWide + "\n", "text/csv");
        assertThat(capped.json().get("rejected").get(0).get("reason").asText()).contains("at most 200");
    }

    @Test
    void anImportOfOneExternalIdRepeatedKeepsTheLastRowAndSaysSo() {
        StringBuilder csv = new StringBuilder("externalId,name,points\n");
        for (int i = 0; i < 20_000; i++) {
            csv.append("R-1,Name ").append(i).append(',').append(i).append('\n');
        }
        Answer report = world.api.send("POST", "/api/v1/customers/import", world.key, csv.toString(), "text/csv");
        assertThat(report.json().get("created").asInt()).isEqualTo(1);
        assertThat(report.json().get("duplicateCount").asInt()).isEqualTo(19_999);
        assertThat(report.json().get("duplicates").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(report.json().get("duplicates").get(0).get("earlierLine").asInt())
                .isEqualTo(2);
        JsonNode customer =
                world.api.get("/api/v1/lookup?externalId=R-1", world.key).json().get("customer");
        assertThat(customer.get("name").asText()).isEqualTo("Name 19999");
        assertThat(customer.at("/attributes/points").asInt()).isEqualTo(19_999);
    }

    @Test
    void gatewaysArePagedLikeEveryOtherList() {
        Registered second = world.registerChannel(true);
        for (Registered each : List.of(account, second)) {
            assertThat(send(
                                    "POST",
                                    "/api/v1/gateways",
                                    "{\"lineAccountId\":\"" + each.accountId()
                                            + "\",\"weight\":50,\"priority\":\"TRANSACTIONAL\"}")
                            .status())
                    .isEqualTo(201);
        }
        JsonNode first = world.api.get("/api/v1/gateways?limit=1", world.key).json();
        assertThat(first.get("items")).hasSize(1);
        assertThat(first.get("nextCursor").isTextual()).isTrue();
        JsonNode next = world.api
                .get(
                        "/api/v1/gateways?limit=1&cursor="
                                + first.get("nextCursor").asText(),
                        world.key)
                .json();
        assertThat(next.get("items")).hasSize(1);
        assertThat(next.get("items").get(0).get("id"))
                .isNotEqualTo(first.get("items").get(0).get("id"));
        assertThat(world.api.get("/api/v1/gateways?limit=abc", world.key).status())
                .isEqualTo(400);
        assertThat(world.api.get("/api/v1/gateways?limit=0", world.key).status())
                .isEqualTo(400);
        assertThat(world.api.get("/api/v1/gateways?cursor=gw_nope", world.key).status())
                .isEqualTo(400);
    }

    @Test
    void aSignedWebhookIsKeptWholeWhateverItsTextHolds() throws Exception {
        String url = "http://127.0.0.1:" + world.service.port() + "/webhooks/line/" + account.accountId();
        String secret = account.channel().channelSecret();
        String a = "U" + "a".repeat(32);
        String b = "U" + "b".repeat(32);
        String text = "nul\\u0000 lone\\ud800 low\\udc00 bell\\u0007 pair\\ud83d\\ude00";
        String body = "{\"destination\":\"x\",\"events\":["
                + event("e-a", "follow", a, "") + ","
                + event(
                        "e-m",
                        "message",
                        a,
                        ",\"replyToken\":\"r\",\"message\":{\"id\":\"1\",\"type\":\"text\",\"text\":\"" + text + "\"}")
                + ","
                + event("e-p", "postback", a, ",\"postback\":{\"data\":\"d\\u0000\"}") + ","
                + event("e-b", "follow", b, "") + "]}";
        HttpResponse<String> answer =
                WebhookIntakeEndToEndTest.post(url, body, WebhookIntakeEndToEndTest.sign(secret, body));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        eventually(() -> "FOLLOWING"
                .equals(world.subscription(account.accountId(), b).get("status").asText()));
        assertThat(world.subscription(account.accountId(), a).get("status").asText())
                .isEqualTo("FOLLOWING");
        String expected = JSON.readTree("\"" + text + "\"").textValue();
        try (var connection = world.database.getConnection();
                var rows = connection
                        .createStatement()
                        .executeQuery("SELECT raw FROM line_webhook_events WHERE webhook_event_id = 'e-m'")) {
            assertThat(rows.next()).isTrue();
            assertThat(JSON.readTree(rows.getString(1)).at("/message/text").textValue())
                    .as("kept faithfully")
                    .isEqualTo(expected);
        }
        eventually(() -> count("SELECT count(*) FROM line_interactions WHERE line_user_id = '" + a + "'") == 2);
    }

    @Test
    void aWebhookBodyOfThousandsOfEventsIsStoredWhole() throws Exception {
        String url = "http://127.0.0.1:" + world.service.port() + "/webhooks/line/" + account.accountId();
        StringBuilder body = new StringBuilder("{\"destination\":\"x\",\"events\":[");
        int events = 5_000;
        for (int i = 0; i < events; i++) {
            body.append(i == 0 ? "" : ",").append(event("bulk-" + i, "unfollow", "U" + "%032x".formatted(i), ""));
        }
        body.append("]}");
        assertThat(body.length()).isLessThan(1024 * 1024);
        HttpResponse<String> answer = WebhookIntakeEndToEndTest.post(
                url,
                body.toString(),
                WebhookIntakeEndToEndTest.sign(account.channel().channelSecret(), body.toString()));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(count("SELECT count(*) FROM line_webhook_events WHERE webhook_event_id LIKE 'bulk-%'"))
                .isEqualTo(events);
    }

    @Test
    void aMalformedWebhookBodyIsA400AndStoresNothing() throws Exception {
        String url = "http://127.0.0.1:" + world.service.port() + "/webhooks/line/" + account.accountId();
        String secret = account.channel().channelSecret();
        long before = count("SELECT count(*) FROM line_webhook_events");
        String valid = "{\"destination\":\"x\",\"events\":[" + event("g-1", "follow", "U" + "c".repeat(32), "") + "]}";
        for (String body : List.of(
                valid + " trailing",
                valid + "{}",
                valid.replace("\"timestamp\":1700000000000", "\"timestamp\":9223372036854775807"),
                valid.replace("\"timestamp\":1700000000000", "\"timestamp\":-9223372036854775808"),
                valid.replace("\"timestamp\":1700000000000", "\"timestamp\":1e999"),
                valid.replace("\"timestamp\":1700000000000", "\"timestamp\":null"))) {
            HttpResponse<String> answer =
                    WebhookIntakeEndToEndTest.post(url, body, WebhookIntakeEndToEndTest.sign(secret, body));
            assertThat(answer.statusCode()).as(body).isEqualTo(400);
        }
        assertThat(count("SELECT count(*) FROM line_webhook_events")).isEqualTo(before);
    }

    private static String event(String id, String type, String user, String extra) {
        return "{\"type\":\"" + type + "\",\"mode\":\"active\",\"timestamp\":1700000000000,\"webhookEventId\":\"" + id
                + "\",\"deliveryContext\":{\"isRedelivery\":false},\"source\":{\"type\":\"user\",\"userId\":\"" + user
                + "\"}" + extra + "}";
    }

    private long count(String sql) {
        try (var connection = world.database.getConnection();
                var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
