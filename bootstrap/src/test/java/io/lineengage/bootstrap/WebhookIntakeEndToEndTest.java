package io.lineengage.bootstrap;

import static io.lineengage.bootstrap.ServiceWithSandbox.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import io.lineengage.adapters.http.web.ApiClient.Answer;
import io.lineengage.adapters.persistence.postgres.TestDatabases;
import io.lineengage.bootstrap.ServiceWithSandbox.Registered;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** LINE accounts and webhooks through the running service, with the sandbox sending LINE's signed webhooks. */
class WebhookIntakeEndToEndTest {
    @TempDir
    Path dataDirectory;

    private ServiceWithSandbox world;
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @BeforeEach
    void start() {
        logs.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logs);
        world = new ServiceWithSandbox(dataDirectory);
    }

    @AfterEach
    void stop() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
        world.close();
    }

    private String status(Registered account, String userId) {
        return world.subscription(account.accountId(), userId).get("status").asText();
    }

    private int storedEvents() throws Exception {
        try (var connection = world.database.getConnection();
                var rows = connection.createStatement().executeQuery("SELECT count(*) FROM line_webhook_events")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    @Test
    void whatTheCoreLogsThroughJavaUtilLoggingReachesTheSameLogbackOutput() {
        // The application core may not use slf4j; its java.util.logging goes to logback, not to stderr apart.
        java.util.logging.Logger.getLogger("io.lineengage.application.service.webhook.ProcessLineEventsService")
                .warning("a batch of LINE events failed (bridged)");
        assertThat(logs.list)
                .anyMatch(event -> event.getFormattedMessage().equals("a batch of LINE events failed (bridged)")
                        && event.getLevel() == ch.qos.logback.classic.Level.WARN);
    }

    @Test
    void registrationShowsTheWebhookUrlAndNeverTheSecrets() {
        Registered account = world.registerChannel(true);
        JsonNode answer = account.answer();
        assertThat(answer.get("webhookUrl").asText()).endsWith("/webhooks/line/" + account.accountId());
        assertThat(answer.get("tokenMode").asText()).isEqualTo("LONG_LIVED");
        assertThat(answer.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(answer.toString())
                .doesNotContain(account.channel().channelSecret())
                .doesNotContain(account.channel().accessToken());

        JsonNode read = world.api
                .get("/api/v1/line-accounts/" + account.accountId(), world.key)
                .json();
        assertThat(read.get("createdAt").asText())
                .isEqualTo(answer.get("createdAt").asText());

        Answer listed = world.api.get("/api/v1/line-accounts", world.key);
        assertThat(listed.json().get("items")).hasSize(1);
        assertThat(listed.text()).doesNotContain(account.channel().channelSecret());
        Answer again = world.api.post(
                "/api/v1/line-accounts",
                world.key,
                "{\"name\":\"Dup\",\"providerName\":\"B\",\"channelId\":\""
                        + account.channel().channelId() + "\",\"channelSecret\":\"s\"}");
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void checkAsksLineWhetherTheCredentialsWork() {
        Registered issued = world.registerChannel(false);
        JsonNode ok = world.api
                .post("/api/v1/line-accounts/" + issued.accountId() + "/check", world.key, null)
                .json();
        assertThat(ok.get("ok").asBoolean()).isTrue();
        assertThat(ok.get("botName").asText()).isNotBlank();
        assertThat(ok.at("/quota/limit").asLong()).isEqualTo(10_000);

        Answer wrongSecret = world.api.send(
                "PATCH",
                "/api/v1/line-accounts/" + issued.accountId(),
                world.key,
                "{\"channelSecret\":\"not-the-secret\"}",
                "application/json");
        assertThat(wrongSecret.status()).isEqualTo(200);
        JsonNode refused = world.api
                .post("/api/v1/line-accounts/" + issued.accountId() + "/check", world.key, null)
                .json();
        assertThat(refused.get("ok").asBoolean()).isFalse();
        assertThat(refused.get("error").asText()).contains("refused");
    }

    @Test
    void followUnfollowRedeliveryAndOutOfOrderEventsEndInTheRightState() {
        Registered account = world.registerChannel(true);
        String channel = account.channel().channelId();
        String alice = "U" + "1".repeat(32);
        String bob = "U" + "2".repeat(32);

        JsonNode follow =
                world.control.webhook(channel, Map.of("type", "follow", "userId", alice, "timestamp", 1_000L));
        assertThat(follow.get("status").asInt()).isEqualTo(200);
        eventually(() -> status(account, alice).equals("FOLLOWING"));
        assertThat(world.subscription(account.accountId(), alice).get("since").asText())
                .isEqualTo("1970-01-01T00:00:01Z");

        world.control.webhook(channel, Map.of("type", "unfollow", "userId", alice, "timestamp", 2_000L));
        eventually(() -> status(account, alice).equals("BLOCKED"));

        // LINE redelivers the old follow: same event ID, flagged as a redelivery. It is stored once and changes
        // nothing.
        String followId = follow.at("/webhookEventIds/0").asText();
        assertThat(world.control
                        .webhook(
                                channel,
                                Map.of(
                                        "type",
                                        "follow",
                                        "userId",
                                        alice,
                                        "timestamp",
                                        1_000L,
                                        "webhookEventId",
                                        followId,
                                        "redelivery",
                                        true))
                        .get("status")
                        .asInt())
                .isEqualTo(200);
        // Bob's events arrive newest first.
        world.control.webhook(
                channel,
                Map.of(
                        "events",
                        List.of(
                                Map.of("type", "unfollow", "userId", bob, "timestamp", 5_000L),
                                Map.of("type", "follow", "userId", bob, "timestamp", 4_000L))));
        eventually(() -> status(account, bob).equals("BLOCKED")
                && world.service.component().lineEventWorker() != null
                && history(account, bob).size() == 1);
        assertThat(status(account, alice)).isEqualTo("BLOCKED");
        assertThat(history(account, alice))
                .extracting(change -> change.get("to").asText())
                .containsExactly("FOLLOWING", "BLOCKED");
    }

    private List<JsonNode> history(Registered account, String user) {
        List<JsonNode> changes = new ArrayList<>();
        world.api
                .get("/api/v1/line-accounts/" + account.accountId() + "/subscriptions/" + user + "/history", world.key)
                .json()
                .get("statusChanges")
                .forEach(changes::add);
        return changes;
    }

    @Test
    void badDeliveriesAreRefusedAndStoreNothing() throws Exception {
        Registered account = world.registerChannel(true);
        String url = "http://127.0.0.1:" + world.service.port() + "/webhooks/line/" + account.accountId();
        int before = storedEvents();

        JsonNode forged = world.control.webhook(
                account.channel().channelId(),
                Map.of("type", "follow", "userId", "U" + "3".repeat(32), "badSignature", true));
        assertThat(forged.get("status").asInt()).isEqualTo(401);
        assertThat(post(url, "{\"events\":[]}", null).statusCode()).isEqualTo(401);

        String broken = "{\"events\": [";
        HttpResponse<String> malformed =
                post(url, broken, sign(account.channel().channelSecret(), broken));
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

        String missingId = "{\"events\":[{\"type\":\"follow\",\"timestamp\":1}]}";
        HttpResponse<String> invalid =
                post(url, missingId, sign(account.channel().channelSecret(), missingId));
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("events[0].webhookEventId");

        assertThat(post(url.replace(account.accountId(), "la_unknown"), "{}", "x")
                        .statusCode())
                .isEqualTo(404);
        String huge = "{\"events\":[],\"pad\":\"" + "x".repeat(1_100_000) + "\"}";
        assertThat(post(url, huge, sign(account.channel().channelSecret(), huge))
                        .statusCode())
                .isEqualTo(413);

        JsonNode verification = world.control.webhook(account.channel().channelId(), Map.of("events", List.of()));
        assertThat(verification.get("status").asInt()).isEqualTo(200);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void messagesAndPostbacksAreKeptAsInteractionsAndConsentHasAHistory() throws Exception {
        Registered account = world.registerChannel(true);
        String user = "U" + "4".repeat(32);
        world.control.webhook(
                account.channel().channelId(),
                Map.of(
                        "events",
                        List.of(
                                Map.of("type", "follow", "userId", user),
                                Map.of("type", "message", "userId", user, "text", "Is the sale on?"),
                                Map.of("type", "postback", "userId", user, "data", "coupon=spring"))));
        eventually(() -> {
            try {
                return interactions() == 2;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        JsonNode following = world.subscription(account.accountId(), user);
        assertThat(following.at("/consents/PROMOTIONAL").asBoolean()).isTrue();

        Answer optOut = world.api.send(
                "PUT",
                "/api/v1/line-accounts/" + account.accountId() + "/subscriptions/" + user + "/consents",
                world.key,
                "{\"category\":\"PROMOTIONAL\",\"optedIn\":false}",
                "application/json");
        assertThat(optOut.status()).isEqualTo(200);
        assertThat(optOut.json().at("/consents/PROMOTIONAL").asBoolean()).isFalse();
        assertThat(optOut.json().at("/consents/TRANSACTIONAL").asBoolean()).isTrue();
        JsonNode history = world.api
                .get("/api/v1/line-accounts/" + account.accountId() + "/subscriptions/" + user + "/history", world.key)
                .json();
        assertThat(history.get("consentChanges")).hasSize(1);

        Answer badCategory = world.api.send(
                "PUT",
                "/api/v1/line-accounts/" + account.accountId() + "/subscriptions/" + user + "/consents",
                world.key,
                "{\"category\":\"SPAM\",\"optedIn\":1}",
                "application/json");
        assertThat(badCategory.status()).isEqualTo(400);
        assertThat(badCategory.json().get("errors").findValuesAsText("field")).contains("optedIn");
        assertThat(world.api
                        .get("/api/v1/line-accounts/" + account.accountId() + "/subscriptions/not-a-user", world.key)
                        .status())
                .isEqualTo(400);
    }

    private int interactions() throws Exception {
        try (var connection = world.database.getConnection();
                var rows = connection.createStatement().executeQuery("SELECT count(*) FROM line_interactions")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    @Test
    void secretsAppearNeitherInTheLogsNorInTheDatabase() throws Exception {
        Registered withToken = world.registerChannel(true);
        Registered issuing = world.registerChannel(false);
        world.api.post("/api/v1/line-accounts/" + withToken.accountId() + "/check", world.key, null);
        world.api.post("/api/v1/line-accounts/" + issuing.accountId() + "/check", world.key, null);
        world.control.webhook(
                withToken.channel().channelId(), Map.of("type", "follow", "userId", "U" + "5".repeat(32)));
        world.control.webhook(
                withToken.channel().channelId(),
                Map.of("type", "follow", "userId", "U" + "5".repeat(32), "badSignature", true));

        List<String> secrets = List.of(
                withToken.channel().channelSecret(),
                withToken.channel().accessToken(),
                issuing.channel().channelSecret());
        String logged = String.join(
                "\n", logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
        StringBuilder dump = new StringBuilder();
        try (var connection = world.database.getConnection();
                var tables = connection
                        .createStatement()
                        .executeQuery(
                                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")) {
            List<String> names = new ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString(1));
            }
            for (String table : names) {
                try (var rows =
                        connection.createStatement().executeQuery("SELECT row_to_json(t)::text FROM " + table + " t")) {
                    while (rows.next()) {
                        dump.append(rows.getString(1)).append('\n');
                    }
                }
            }
        }
        assertThat(dump).contains(withToken.channel().channelId());
        for (String secret : secrets) {
            assertThat(logged).doesNotContain(secret);
            assertThat(dump.toString()).doesNotContain(secret);
        }
    }

    @Test
    void unprocessedEventsAreProcessedAfterARestart() throws Exception {
        Registered account = world.registerChannel(true);
        String user = "U" + "6".repeat(32);
        world.service.component().lineEventWorker().close();
        assertThat(world.control
                        .webhook(account.channel().channelId(), Map.of("type", "follow", "userId", user))
                        .get("status")
                        .asInt())
                .isEqualTo(200);
        assertThat(storedEvents()).isEqualTo(1);
        assertThat(status(account, user)).isEqualTo("UNKNOWN");

        world.restart();
        eventually(() -> status(account, user).equals("FOLLOWING"));
    }

    @Test
    void anUnreachableDatabaseAnswers503AndTheServiceRecoversByItself() {
        Registered account = world.registerChannel(true);
        String user = "U" + "7".repeat(32);
        world.control.webhook(
                account.channel().channelId(), Map.of("type", "follow", "userId", user, "timestamp", 1_000L));
        eventually(() -> status(account, user).equals("FOLLOWING"));

        TestDatabases.shared().cutOff(world.database);
        try {
            JsonNode refused = world.control.webhook(
                    account.channel().channelId(), Map.of("type", "unfollow", "userId", user, "timestamp", 2_000L));
            assertThat(refused.get("status").asInt()).isEqualTo(503);
            assertThat(world.api.get("/health/ready", null).status()).isEqualTo(503);
        } finally {
            TestDatabases.shared().restore(world.database);
        }
        // LINE redelivers; the service answers again as soon as the database is back.
        eventually(() -> world.control
                        .webhook(
                                account.channel().channelId(),
                                Map.of("type", "unfollow", "userId", user, "timestamp", 2_000L))
                        .get("status")
                        .asInt()
                == 200);
        eventually(() -> status(account, user).equals("BLOCKED"));
        assertThat(world.api.get("/health/ready", null).status()).isEqualTo(200);
    }

    static HttpResponse<String> post(String url, String body, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-Line-Signature", signature);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String sign(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
