package io.lineengage.bootstrap;

import static io.lineengage.bootstrap.ServiceWithSandbox.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lineengage.adapters.http.web.ApiClient.Answer;
import io.lineengage.bootstrap.ServiceWithSandbox.Registered;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /api/v1/messages against the sandbox: sent once, idempotent under races, and finished after LINE trouble. */
class TransactionalMessagesEndToEndTest {
    @TempDir
    Path dataDirectory;

    private ServiceWithSandbox world;
    private Registered account;
    private String follower;
    private String customer;
    private String template;

    @BeforeEach
    void start() {
        world = new ServiceWithSandbox(dataDirectory);
        account = world.registerChannel(true);
        follower = world.control.addFollowers(account.channel().channelId(), 1).get(0);
        world.backfill(account);
        customer = world.api
                .get("/api/v1/lookup?lineUserId=" + follower, world.key)
                .json()
                .at("/customer/id")
                .asText();
        world.defaultGateway(account, 100, "TRANSACTIONAL");
        template = world.api
                .post(
                        "/api/v1/templates",
                        world.key,
                        "{\"name\":\"Receipt\",\"messages\":[{\"type\":\"text\",\"text\":\"Order confirmed\"}]}")
                .json()
                .get("id")
                .asText();
    }

    @AfterEach
    void stop() {
        world.close();
    }

    private Answer send(String key, String templateId) {
        return world.api.post(
                "/api/v1/messages",
                world.key,
                "{\"customerId\":\"" + customer + "\",\"templateId\":\"" + templateId + "\",\"idempotencyKey\":\"" + key
                        + "\"}");
    }

    private int received() {
        return world.control.receivedCounts(account.channel().channelId()).getOrDefault(follower, 0);
    }

    private long pushCalls() {
        return StreamSupport.stream(
                        world.control.requests(account.channel().channelId()).spliterator(), false)
                .filter(call -> call.path("path").asText().endsWith("/message/push"))
                .count();
    }

    @Test
    void aMessageIsSentOnceAndTheSameKeyAnswersTheSameWithoutCallingLineAgain() throws Exception {
        Answer first = send("order-1001", template);

        assertThat(first.status()).as(first.text()).isEqualTo(200);
        JsonNode receipt = first.json();
        assertThat(receipt.get("status").asText()).isEqualTo("SENT");
        assertThat(receipt.get("lineRequestId").asText()).isNotBlank();
        assertThat(receipt.get("gatewayId").asText()).startsWith("gw_");
        assertThat(received()).isEqualTo(1);
        assertThat(world.control
                        .received(account.channel().channelId(), follower)
                        .get(0)
                        .at("/messages/0/text")
                        .asText())
                .isEqualTo("Order confirmed");
        long calls = pushCalls();

        ExecutorService racers = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Answer>> again = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                again.add(() -> send("order-1001", template));
            }
            for (Future<Answer> answer : racers.invokeAll(again)) {
                assertThat(answer.get().status()).isEqualTo(200);
                assertThat(answer.get().json()).isEqualTo(receipt);
            }
        } finally {
            racers.shutdownNow();
        }
        assertThat(pushCalls()).isEqualTo(calls);
        assertThat(received()).isEqualTo(1);
        assertThat(world.api
                        .get("/api/v1/messages/" + receipt.get("deliveryId").asText(), world.key)
                        .json())
                .isEqualTo(receipt);
    }

    @Test
    void newRequestsRacingWithOneKeyReachLineOnce() throws Exception {
        ExecutorService racers = Executors.newFixedThreadPool(6);
        List<JsonNode> receipts = new ArrayList<>();
        try {
            List<Callable<Answer>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> send("order-race", template));
            }
            for (Future<Answer> answer : racers.invokeAll(calls)) {
                assertThat(answer.get().status()).as(answer.get().text()).isEqualTo(200);
                receipts.add(answer.get().json());
            }
        } finally {
            racers.shutdownNow();
        }
        assertThat(receipts)
                .extracting(r -> r.get("deliveryId").asText())
                .containsOnly(receipts.get(0).get("deliveryId").asText());
        assertThat(receipts).extracting(r -> r.get("status").asText()).containsOnly("SENT");
        assertThat(pushCalls()).isEqualTo(1);
        assertThat(received()).isEqualTo(1);
    }

    @Test
    void theSameKeyWithADifferentBodyIs422NamingTheKey() {
        send("order-1002", template);
        String other = world.api
                .post(
                        "/api/v1/templates",
                        world.key,
                        "{\"name\":\"Other\",\"messages\":[{\"type\":\"text\",\"text\":\"Something else\"}]}")
                .json()
                .get("id")
                .asText();

        Answer reused = send("order-1002", other);

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reused.json().at("/errors/0/field").asText()).isEqualTo("idempotencyKey");
        assertThat(received()).isEqualTo(1);
    }

    @Test
    void lineFailingThenRecoveringAnswers202AndTheMessageIsSentOnceInTheBackground() {
        // More failures than the request's own four tries: the request cannot wait them out.
        world.control.injectFaults(account.channel().channelId(), Map.of("failNext", 5, "failStatus", 500));

        Answer queued = send("order-1003", template);

        assertThat(queued.status()).as(queued.text()).isEqualTo(202);
        assertThat(queued.json().get("status").asText()).isEqualTo("QUEUED");
        assertThat(queued.json().get("reason").asText()).contains("500");
        String location = queued.header("Location");
        assertThat(location)
                .isEqualTo("/api/v1/messages/" + queued.json().get("deliveryId").asText());
        eventually(() ->
                world.api.get(location, world.key).json().get("status").asText().equals("SENT"));
        JsonNode sent = world.api.get(location, world.key).json();
        assertThat(sent.get("lineRequestId").asText()).isNotBlank();
        assertThat(sent.get("attempts").asInt()).isEqualTo(6);
        assertThat(received()).isEqualTo(1);
        assertThat(send("order-1003", template).json()).isEqualTo(sent);
    }

    @Test
    void whoCannotBeReachedIsSkippedWithTheReasonAndBadInputNamesItsField() {
        world.api.send("POST", "/api/v1/customers/import", world.key, "externalId,name\nC-9,Offline\n", "text/csv");
        String offline = world.api
                .get("/api/v1/lookup?externalId=C-9", world.key)
                .json()
                .at("/customer/id")
                .asText();

        Answer skipped = world.api.post(
                "/api/v1/messages",
                world.key,
                "{\"customerId\":\"" + offline + "\",\"messages\":[{\"type\":\"text\",\"text\":\"Hi {{name}}\"}],"
                        + "\"idempotencyKey\":\"k-offline\"}");
        assertThat(skipped.status()).isEqualTo(200);
        assertThat(skipped.json().get("status").asText()).isEqualTo("SKIPPED");
        assertThat(skipped.json().get("reason").asText()).isEqualTo("no_line_identity");

        for (String body : List.of(
                "{\"customerId\":\"" + customer + "\",\"templateId\":\"" + template + "\"}",
                "{\"customerId\":\"" + customer + "\",\"idempotencyKey\":\"k\"}",
                "{\"customerId\":\" \",\"templateId\":\"" + template + "\",\"idempotencyKey\":\"k\"}",
                "{\"customerId\":\"" + customer + "\",\"templateId\":\"" + template + "\",\"idempotencyKey\":\""
                        + "k".repeat(256) + "\"}",
                "{\"customerId\":\"" + customer + "\",\"messages\":[{\"type\":\"text\"}],\"idempotencyKey\":\"k\"}",
                "{\"customerId\":\"" + customer + "\",\"templateId\":\"tpl_missing\",\"idempotencyKey\":\"k\"}",
                "{\"customerId\":\"" + customer + "\",\"templateId\":\"" + template
                        + "\",\"idempotencyKey\":\"k\",\"gatewayIds\":[\"gw_missing\"]}",
                "{\"customerId\":\"" + customer + "\",\"templateId\":\"" + template
                        + "\",\"idempotencyKey\":\"k\\u0000\"}")) {
            Answer refused = world.api.post("/api/v1/messages", world.key, body);
            assertThat(refused.status()).as(body + " → " + refused.text()).isEqualTo(400);
            assertThat(refused.json().get("errors").size()).as(refused.text()).isPositive();
        }
        assertThat(world.api.get("/api/v1/messages/msg_nope", world.key).status())
                .isEqualTo(404);
        assertThat(received()).isZero();
    }

    @Test
    void theCustomersTimelineShowsEveryKindNewestFirstAndTheLookupShowsItsFirstPage() {
        // A campaign message: a BULK gateway, an audience of everyone on LINE, a launch to completion.
        world.defaultGateway(account, 100, "BULK");
        String campaign = world.completedCampaign("Spring", template).get("id").asText();
        // The customer writes to the account, then opts out of promotions, then gets a receipt.
        world.control.webhook(
                account.channel().channelId(),
                Map.of("type", "message", "userId", follower, "text", "Where is my order?"));
        eventually(() -> timeline("?type=message").size() == 1);
        assertThat(world.api
                        .send(
                                "PUT",
                                "/api/v1/customers/" + customer + "/consents",
                                world.key,
                                "{\"lineAccountId\":\"" + account.accountId()
                                        + "\",\"category\":\"PROMOTIONAL\",\"optedIn\":false}",
                                "application/json")
                        .status())
                .isEqualTo(204);
        String delivery = send("order-1004", template).json().get("deliveryId").asText();

        JsonNode items = timeline("");

        assertThat(StreamSupport.stream(items.spliterator(), false)
                        .map(item -> item.get("type").asText()))
                .containsExactly("transactional_message", "consent_change", "message", "campaign_message", "follow");
        assertThat(items.get(0).get("deliveryId").asText()).isEqualTo(delivery);
        assertThat(items.get(0).get("content").asText()).isEqualTo("Order confirmed");
        assertThat(items.get(1).get("category").asText()).isEqualTo("PROMOTIONAL");
        assertThat(items.get(1).get("optedIn").asBoolean()).isFalse();
        assertThat(items.get(2).get("content").asText()).isEqualTo("Where is my order?");
        assertThat(items.get(3).get("campaignId").asText()).isEqualTo(campaign);
        assertThat(items.get(3).get("status").asText()).isEqualTo("SENT");
        assertThat(items.get(3).get("lineRequestId").asText()).isNotBlank();
        assertThat(timeline("?type=campaign_message,follow")).hasSize(2);
        assertThat(timeline("?lineAccountId=la_elsewhere")).isEmpty();
        Answer paged = world.api.get("/api/v1/customers/" + customer + "/interactions?limit=2", world.key);
        String next = paged.json().get("nextCursor").asText();
        assertThat(world.api
                        .get("/api/v1/customers/" + customer + "/interactions?limit=3&cursor=" + next, world.key)
                        .json()
                        .get("items"))
                .containsExactly(items.get(2), items.get(3), items.get(4));
        assertThat(world.api
                        .get("/api/v1/lookup?customerId=" + customer, world.key)
                        .json()
                        .get("interactions"))
                .isEqualTo(items);
        for (String bad : List.of("?type=nope", "?type=", "?cursor=forged", "?limit=0", "?lineAccountId=%20")) {
            Answer refused = world.api.get("/api/v1/customers/" + customer + "/interactions" + bad, world.key);
            assertThat(refused.status()).as(bad + " → " + refused.text()).isEqualTo(400);
        }
        assertThat(world.api
                        .get("/api/v1/customers/cus_nobody/interactions", world.key)
                        .status())
                .isEqualTo(404);
    }

    private JsonNode timeline(String query) {
        Answer answer = world.api.get("/api/v1/customers/" + customer + "/interactions" + query, world.key);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.json().get("items");
    }
}
