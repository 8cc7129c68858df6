package io.lineengage.bootstrap;

import static io.lineengage.bootstrap.ServiceWithSandbox.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lineengage.adapters.http.web.ApiClient;
import io.lineengage.adapters.http.web.ApiClient.Answer;
import io.lineengage.bootstrap.ServiceWithSandbox.Registered;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Audiences through the running service: saved filters, live previews fed by the sandbox's webhooks, lists. */
class AudiencesEndToEndTest {
    @TempDir
    Path dataDirectory;

    private ServiceWithSandbox world;

    @BeforeEach
    void start() {
        world = new ServiceWithSandbox(dataDirectory);
    }

    @AfterEach
    void stop() {
        world.close();
    }

    private long count(String filter) {
        Answer answer = world.api.post("/api/v1/audiences/preview", world.key, "{\"filter\":" + filter + "}");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.json().get("count").asLong();
    }

    private void importCustomers() {
        String csv = """
                externalId,name,email,tier,points,tags
                C-1,Aiko,aiko@example.jp,GOLD,1500,vip
                C-2,Ken,ken@example.jp,SILVER,200,
                C-3,Mai,,GOLD,90,vip-excluded
                """;
        Answer imported = world.api.send("POST", "/api/v1/customers/import", world.key, csv, "text/csv");
        assertThat(imported.json().get("created").asInt()).as(imported.text()).isEqualTo(3);
    }

    @Test
    void aFollowAnUnfollowAndAConsentChangeShowInTheNextPreview() {
        Registered account = world.registerChannel(true);
        String following = "{\"field\":\"subscription.status\",\"account\":\"" + account.accountId()
                + "\",\"op\":\"eq\",\"value\":\"FOLLOWING\"}";
        String promotional = "{\"field\":\"consent.promotional\",\"account\":\"" + account.accountId()
                + "\",\"op\":\"eq\",\"value\":true}";
        String user = "U" + "a".repeat(32);
        assertThat(count(following)).isZero();

        world.control.webhook(account.channel().channelId(), Map.of("type", "follow", "userId", user));
        eventually(() -> count(following) == 1);
        assertThat(count(promotional)).isEqualTo(1);
        JsonNode sample = world.api
                .post("/api/v1/audiences/preview", world.key, "{\"filter\":" + following + "}")
                .json()
                .get("sample");
        assertThat(sample).hasSize(1);
        assertThat(sample.get(0).get("kind").asText()).isEqualTo("LINE_ONLY");

        String customerId = sample.get(0).get("id").asText();
        assertThat(world.api
                        .send(
                                "PUT",
                                "/api/v1/customers/" + customerId + "/consents",
                                world.key,
                                "{\"lineAccountId\":\"" + account.accountId()
                                        + "\",\"category\":\"PROMOTIONAL\",\"optedIn\":false}",
                                "application/json")
                        .status())
                .isEqualTo(204);
        assertThat(count(promotional)).isZero();

        world.control.webhook(account.channel().channelId(), Map.of("type", "unfollow", "userId", user));
        eventually(() -> count(following) == 0);
        assertThat(count("{\"field\":\"subscription.status\",\"account\":\"" + account.accountId()
                        + "\",\"op\":\"eq\",\"value\":\"BLOCKED\"}"))
                .isEqualTo(1);
    }

    @Test
    void savedAudiencesAreCheckedStoredPreviewedChangedAndDeleted() {
        importCustomers();
        String filter = """
                {"and": [
                  {"field": "attributes.tier", "op": "in", "value": ["GOLD", "PLATINUM"]},
                  {"not": {"field": "tags", "op": "contains", "value": "vip-excluded"}},
                  {"or": [{"field": "createdAt", "op": "within", "value": "P30D"},
                          {"field": "attributes.points", "op": "gte", "value": 1000}]}
                ]}""";
        Answer created =
                world.api.post("/api/v1/audiences", world.key, "{\"name\":\"Gold members\",\"filter\":" + filter + "}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.json().at("/filter/and/0/value/1").asText()).isEqualTo("PLATINUM");

        JsonNode preview =
                world.api.get("/api/v1/audiences/" + id + "/preview", world.key).json();
        assertThat(preview.get("count").asLong()).isEqualTo(1);
        assertThat(preview.at("/sample/0/externalId").asText()).isEqualTo("C-1");

        Answer renamed = world.api.send(
                "PUT",
                "/api/v1/audiences/" + id,
                world.key,
                "{\"filter\":{\"field\":\"attributes.points\",\"op\":\"lt\",\"value\":1000}}",
                "application/json");
        assertThat(renamed.json().get("name").asText()).isEqualTo("Gold members");
        assertThat(world.api
                        .get("/api/v1/audiences/" + id + "/preview?sampleSize=0", world.key)
                        .json()
                        .get("count")
                        .asLong())
                .isEqualTo(2);
        assertThat(world.api.get("/api/v1/audiences", world.key).json().get("items"))
                .hasSize(1);

        assertThat(world.api.delete("/api/v1/audiences/" + id, world.key).status())
                .isEqualTo(204);
        assertThat(world.api.get("/api/v1/audiences/" + id, world.key).status()).isEqualTo(404);
    }

    @Test
    void aWrongFilterIsRefusedWithTheExactPath() {
        importCustomers();
        Answer refused = world.api.post("/api/v1/audiences", world.key, """
                {"name": "Broken", "filter": {"and": [
                  {"field": "name", "op": "eq", "value": "Aiko"},
                  {"field": "tags", "op": "exists"},
                  {"or": [{"field": "attributes.points", "op": "gte", "value": "lots"}]}]}}""");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("filter.and[2].or[0].value");

        JsonNode unknownAccount = world.api
                .post(
                        "/api/v1/audiences/preview",
                        world.key,
                        "{\"filter\":{\"field\":\"subscription.status\",\"account\":\"acc_nope\",\"op\":\"eq\",\"value\":\"FOLLOWING\"}}")
                .json();
        assertThat(unknownAccount.at("/errors/0/field").asText()).isEqualTo("filter.account");
        assertThat(world.api
                        .post(
                                "/api/v1/audiences/preview",
                                world.key,
                                "{\"filter\":{\"field\":\"shoeSize\",\"op\":\"eq\",\"value\":1}}")
                        .json()
                        .at("/errors/0/field")
                        .asText())
                .isEqualTo("filter.field");
        assertThat(world.api
                        .post("/api/v1/audiences", world.key, "{\"name\":\"No filter\"}")
                        .json()
                        .at("/errors/0/field")
                        .asText())
                .isEqualTo("filter");
        assertThat(world.api.get("/api/v1/audiences", world.key).json().get("items"))
                .isEmpty();
    }

    @Test
    void fieldsListTheCatalogueAndListsSelectTheirMembers() {
        importCustomers();
        String ids = world.api
                .post(
                        "/api/v1/audiences/preview",
                        world.key,
                        "{\"filter\":{\"field\":\"externalId\",\"op\":\"eq\",\"value\":\"C-2\"},\"sampleSize\":1}")
                .json()
                .at("/sample/0/id")
                .asText();
        Answer upload = world.api.send(
                "POST",
                "/api/v1/customer-lists?name=Fair",
                world.key,
                "externalId\nC-1\n" + ids + "\nC-404\n",
                "text/csv");
        assertThat(upload.status()).as(upload.text()).isEqualTo(201);
        assertThat(upload.json().get("size").asLong()).isEqualTo(2);
        assertThat(upload.json().get("unknownCount").asLong()).isEqualTo(1);
        assertThat(upload.json().get("unknown").get(0).asText()).isEqualTo("C-404");
        String list = upload.json().get("id").asText();

        assertThat(count("{\"field\":\"list\",\"op\":\"eq\",\"value\":\"" + list + "\"}"))
                .isEqualTo(2);
        JsonNode fields =
                world.api.get("/api/v1/audiences/fields", world.key).json().get("items");
        assertThat(fields.findValuesAsText("field"))
                .contains(
                        "externalId",
                        "createdAt",
                        "birthday",
                        "attributes.tier",
                        "attributes.points",
                        "tags",
                        "subscription.status",
                        "consent.promotional",
                        "lineIdentity",
                        "list",
                        "interactions.message");
        JsonNode points = fields.findParents("field").stream()
                .filter(f -> f.get("field").asText().equals("attributes.points"))
                .findFirst()
                .orElseThrow();
        assertThat(points.get("type").asText()).isEqualTo("NUMBER");
        assertThat(points.get("ops").toString()).contains("between").doesNotContain("contains");
        JsonNode lists = fields.findParents("field").stream()
                .filter(f -> f.get("field").asText().equals("list"))
                .findFirst()
                .orElseThrow();
        assertThat(lists.get("values").get(0).asText()).isEqualTo(list);
    }

    @Test
    void aFilterNamingAnUnknownFieldPointsToTheCatalogueOfFields() {
        ApiClient.Answer unknown = world.api.post(
                "/api/v1/audiences/preview",
                world.key,
                "{\"filter\":{\"field\":\"attributes.nope\",\"op\":\"eq\",\"value\":1}}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().at("/errors/0/field").asText()).isEqualTo("filter.field");
        assertThat(unknown.json().at("/errors/0/message").asText())
                .isEqualTo("unknown attribute nope; GET /api/v1/audiences/fields lists them");
    }
}
