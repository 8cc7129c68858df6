package io.lineengage.bootstrap;

import static io.lineengage.bootstrap.ServiceWithSandbox.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lineengage.adapters.http.web.ApiClient.Answer;
import io.lineengage.bootstrap.ServiceWithSandbox.Registered;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Customers and identities through the running service, with LINE played by the sandbox. */
class CustomersEndToEndTest {
    @TempDir
    Path dataDirectory;

    private ServiceWithSandbox world;
    private Registered account;

    @BeforeEach
    void start() {
        world = new ServiceWithSandbox(dataDirectory);
        account = world.registerChannel(true);
    }

    @AfterEach
    void stop() {
        world.close();
    }

    private JsonNode lookup(String query) {
        Answer answer = world.api.get("/api/v1/lookup?" + query, world.key);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.json();
    }

    private Answer post(String path, String body) {
        return world.api.post(path, world.key, body);
    }

    @Test
    void aFollowCreatesALineOnlyProfileThatMergesIntoTheCustomerWhenLinked() {
        String user =
                world.control.addFollowers(account.channel().channelId(), 1).get(0);
        world.control.webhook(
                account.channel().channelId(),
                Map.of(
                        "events",
                        List.of(
                                Map.of("type", "follow", "userId", user),
                                Map.of("type", "message", "userId", user, "text", "Do you deliver to Osaka?"))));
        eventually(() ->
                world.api.get("/api/v1/lookup?lineUserId=" + user, world.key).status() == 200);
        JsonNode lineOnly = lookup("lineUserId=" + user);
        assertThat(lineOnly.at("/customer/kind").asText()).isEqualTo("LINE_ONLY");
        assertThat(lineOnly.at("/lineIdentities/0/profile/displayName").asText())
                .isNotBlank();
        assertThat(lineOnly.at("/lineIdentities/0/subscriptions/0/status").asText())
                .isEqualTo("FOLLOWING");
        String lineOnlyId = lineOnly.at("/customer/id").asText();

        Answer created = post(
                "/api/v1/customers",
                "{\"externalId\":\"C-100\",\"name\":\"Hana Sato\","
                        + "\"mobile\":\"+81 90-1234-5678\",\"email\":\"Hana@Example.com\",\"attributes\":{\"tier\":\"GOLD\","
                        + "\"points\":1200,\"birthday\":\"1990-04-01\"},\"tags\":[\"vip\"]}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("mobile").asText()).isEqualTo("+819012345678");
        assertThat(created.json().get("email").asText()).isEqualTo("hana@example.com");
        String customerId = created.json().get("id").asText();

        Answer linked = post(
                "/api/v1/customers/" + customerId + "/line-identities",
                "{\"lineAccountId\":\"" + account.accountId() + "\",\"lineUserId\":\"" + user + "\"}");
        assertThat(linked.status()).isEqualTo(200);

        JsonNode merged = lookup("externalId=C-100");
        assertThat(merged.at("/customer/id").asText()).isEqualTo(customerId);
        assertThat(merged.get("lineIdentities")).hasSize(1);
        assertThat(merged.at("/lineIdentities/0/lineUserId").asText()).isEqualTo(user);
        assertThat(merged.at("/lineIdentities/0/subscriptions/0/status").asText())
                .isEqualTo("FOLLOWING");
        // The lookup's interactions are the first page of the customer's timeline: the follow and the message (one
        // webhook delivery, one timestamp) moved with the LINE user.
        assertThat(merged.get("interactions"))
                .anySatisfy(item -> {
                    assertThat(item.get("type").asText()).isEqualTo("message");
                    assertThat(item.get("content").asText()).isEqualTo("Do you deliver to Osaka?");
                })
                .anySatisfy(item -> assertThat(item.get("type").asText()).isEqualTo("follow"));
        assertThat(lookup("lineUserId=" + user).at("/customer/id").asText()).isEqualTo(customerId);
        assertThat(lookup("mobile=090-1234-5678").at("/customer/id").asText()).isEqualTo(customerId);
        // The LINE-only profile is gone; its ID leads to the customer.
        assertThat(world.api
                        .get("/api/v1/customers/" + lineOnlyId, world.key)
                        .json()
                        .get("id")
                        .asText())
                .isEqualTo(customerId);

        Answer other = post("/api/v1/customers", "{\"externalId\":\"C-200\"}");
        Answer conflict = post(
                "/api/v1/customers/" + other.json().get("id").asText() + "/line-identities",
                "{\"lineAccountId\":\"" + account.accountId() + "\",\"lineUserId\":\"" + user + "\"}");
        assertThat(conflict.status()).isEqualTo(409);

        Answer optOut = world.api.send(
                "PUT",
                "/api/v1/customers/" + customerId + "/consents",
                world.key,
                "{\"lineAccountId\":\"" + account.accountId() + "\",\"category\":\"PROMOTIONAL\",\"optedIn\":false}",
                "application/json");
        assertThat(optOut.status()).isEqualTo(204);
        assertThat(lookup("customerId=" + customerId)
                        .at("/lineIdentities/0/subscriptions/0/consents/PROMOTIONAL")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void registrationDataMatchesTheCustomerWrittenLater() {
        String user =
                world.control.addFollowers(account.channel().channelId(), 1).get(0);
        world.control.webhook(account.channel().channelId(), Map.of("type", "follow", "userId", user));
        eventually(() ->
                world.api.get("/api/v1/lookup?lineUserId=" + user, world.key).status() == 200);

        Answer registered = post(
                "/api/v1/line-accounts/" + account.accountId() + "/registrations",
                "{\"lineUserId\":\"" + user + "\",\"mobile\":\"090-5555-6666\",\"name\":\"Yui\"}");
        assertThat(registered.status()).isEqualTo(200);
        assertThat(registered.json().get("matched").asBoolean()).isFalse();
        assertThat(registered.json().at("/customer/kind").asText()).isEqualTo("LINE_ONLY");

        String customerId = post("/api/v1/customers", "{\"externalId\":\"C-300\",\"mobile\":\"+819055556666\"}")
                .json()
                .get("id")
                .asText();
        JsonNode merged = lookup("lineUserId=" + user);
        assertThat(merged.at("/customer/id").asText()).isEqualTo(customerId);
        assertThat(merged.at("/lineIdentities/0/subscriptions/0/status").asText())
                .isEqualTo("FOLLOWING");

        String later =
                world.control.addFollowers(account.channel().channelId(), 1).get(0);
        Answer matched = post(
                "/api/v1/line-accounts/" + account.accountId() + "/registrations",
                "{\"lineUserId\":\"" + later + "\",\"mobile\":\"+819055556666\"}");
        assertThat(matched.json().get("matched").asBoolean()).isTrue();
        assertThat(matched.json().at("/customer/id").asText()).isEqualTo(customerId);
    }

    @Test
    void importsKeepGoodRowsAndReportBadOnesByLine() {
        String csv = """
                externalId,name,mobile,email,tags,tier,points
                I-1,Aoi,090-1111-2222,aoi@example.com,vip|tokyo,GOLD,100
                I-2,Ren,not-a-phone,,,SILVER,5
                I-3,Mio,,,,BRONZE,many
                I-4,Sora,,,,,
                """;
        JsonNode report = world.api
                .send("POST", "/api/v1/customers/import", world.key, csv, "text/csv")
                .json();
        assertThat(report.get("created").asInt()).isEqualTo(2);
        assertThat(report.get("rejectedCount").asInt()).isEqualTo(2);
        assertThat(report.get("rejected").findValuesAsText("line")).containsExactly("3", "4");
        assertThat(report.at("/rejected/1/reason").asText())
                .contains("attributes.points")
                .contains("NUMBER");

        String ndjson = """
                {"externalId":"I-1","attributes":{"points":250}}
                {"externalId":"I-5","tags":["new"],"attributes":{"joined":"2026-11-01"}}
                not json
                {"externalId":"I-6","unknownField":1}
                """;
        JsonNode second = world.api
                .send("POST", "/api/v1/customers/import", world.key, ndjson, "application/x-ndjson")
                .json();
        assertThat(second.get("created").asInt()).isEqualTo(1);
        assertThat(second.get("updated").asInt()).isEqualTo(1);
        assertThat(second.get("rejected").findValuesAsText("line")).containsExactly("3", "4");

        JsonNode aoi = lookup("externalId=I-1").get("customer");
        assertThat(aoi.at("/attributes/points").asInt()).isEqualTo(250);
        assertThat(aoi.at("/attributes/tier").asText()).isEqualTo("GOLD");
        assertThat(aoi.get("tags")).extracting(JsonNode::asText).containsExactly("tokyo", "vip");
        assertThat(aoi.get("mobile").asText()).isEqualTo("+819011112222");

        JsonNode attributes = world.api.get("/api/v1/attributes", world.key).json();
        assertThat(attributes.get("items").toString())
                .contains("{\"name\":\"joined\",\"type\":\"DATE\"}")
                .contains("{\"name\":\"points\",\"type\":\"NUMBER\"}");
        assertThat(world.api
                        .send(
                                "PUT",
                                "/api/v1/attributes/points",
                                world.key,
                                "{\"type\":\"STRING\"}",
                                "application/json")
                        .status())
                .isEqualTo(409);
        assertThat(world.api
                        .send("POST", "/api/v1/customers/import", world.key, "x", "text/plain")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void aFollowerBackfillMarksEveryFollowerAndReportsProgress() {
        List<String> followers = world.control.addFollowers(account.channel().channelId(), 2_500);
        Answer started = post("/api/v1/line-accounts/" + account.accountId() + "/followers/backfill", null);
        assertThat(started.status()).isEqualTo(202);
        String jobId = started.json().get("jobId").asText();
        eventually(() -> world.api
                .get("/api/v1/jobs/" + jobId, world.key)
                .json()
                .get("state")
                .asText()
                .equals("COMPLETED"));
        JsonNode job = world.api.get("/api/v1/jobs/" + jobId, world.key).json();
        assertThat(job.get("done").asInt()).isEqualTo(2_500);
        assertThat(job.get("total").asInt()).isEqualTo(2_500);
        JsonNode someone = lookup("lineUserId=" + followers.get(1_234));
        assertThat(someone.at("/customer/kind").asText()).isEqualTo("LINE_ONLY");
        assertThat(someone.at("/lineIdentities/0/subscriptions/0/status").asText())
                .isEqualTo("FOLLOWING");
    }
}
