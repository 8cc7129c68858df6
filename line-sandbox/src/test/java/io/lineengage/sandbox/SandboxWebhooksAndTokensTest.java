package io.lineengage.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.client.MessagingApiClientException;
import com.linecorp.bot.messaging.model.PnpMessagesRequest;
import com.linecorp.bot.messaging.model.ReplyMessageRequest;
import com.linecorp.bot.messaging.model.ReplyMessageResponse;
import com.linecorp.bot.messaging.model.TextMessage;
import com.linecorp.bot.parser.LineSignatureValidator;
import com.linecorp.bot.parser.WebhookParser;
import com.linecorp.bot.webhook.model.CallbackRequest;
import com.linecorp.bot.webhook.model.FollowEvent;
import com.linecorp.bot.webhook.model.MessageEvent;
import com.linecorp.bot.webhook.model.PnpDeliveryCompletionEvent;
import com.linecorp.bot.webhook.model.PostbackEvent;
import com.linecorp.bot.webhook.model.UnfollowEvent;
import com.linecorp.bot.webhook.model.UserSource;
import com.sun.net.httpserver.HttpServer;
import io.lineengage.sandbox.SandboxControl.ChannelCredentials;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxWebhooksAndTokensTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static LineSandbox sandbox;
    private static SandboxControl control;
    private static HttpServer receiver;
    private static final BlockingQueue<Delivery> DELIVERIES = new LinkedBlockingQueue<>();

    private record Delivery(byte[] body, String signature) {}

    private ChannelCredentials channel;

    @BeforeAll
    static void start() throws Exception {
        sandbox = LineSandbox.start(0);
        control = new SandboxControl(sandbox.baseUrl());
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/webhook", exchange -> {
            DELIVERIES.add(new Delivery(
                    exchange.getRequestBody().readAllBytes(),
                    exchange.getRequestHeaders().getFirst("X-Line-Signature")));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stop() {
        receiver.stop(0);
        sandbox.close();
    }

    @BeforeEach
    void newChannel() {
        DELIVERIES.clear();
        channel = control.createChannel(
                Map.of("webhookUrl", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/webhook"));
    }

    private CallbackRequest nextDelivery(String secret) throws Exception {
        Delivery delivery = DELIVERIES.poll(5, TimeUnit.SECONDS);
        assertThat(delivery).as("a webhook arrived").isNotNull();
        return new WebhookParser(new LineSignatureValidator(secret.getBytes(StandardCharsets.UTF_8)))
                .handle(delivery.signature(), delivery.body());
    }

    @Test
    void followAndUnfollowAreSignedAndChangeWhoFollows() throws Exception {
        String userId = "U" + "a".repeat(32);
        JsonNode answer = control.webhook(channel.channelId(), Map.of("type", "follow", "userId", userId));
        assertThat(answer.get("status").asInt()).isEqualTo(200);

        CallbackRequest follow = nextDelivery(channel.channelSecret());
        assertThat(follow.destination()).isEqualTo(channel.botUserId());
        assertThat(follow.events()).singleElement().isInstanceOfSatisfying(FollowEvent.class, event -> {
            assertThat(((UserSource) event.source()).userId()).isEqualTo(userId);
            assertThat(event.follow().isUnblocked()).isFalse();
            assertThat(event.webhookEventId())
                    .hasSize(26)
                    .isEqualTo(answer.at("/webhookEventIds/0").asText());
            assertThat(event.deliveryContext().isRedelivery()).isFalse();
        });
        assertThat(control.channel(channel.channelId()).get("followerCount").asInt())
                .isEqualTo(1);

        control.webhook(channel.channelId(), Map.of("type", "unfollow", "userId", userId));
        assertThat(nextDelivery(channel.channelSecret()).events())
                .singleElement()
                .isInstanceOf(UnfollowEvent.class);
        assertThat(control.channel(channel.channelId()).get("followerCount").asInt())
                .isZero();

        control.webhook(channel.channelId(), Map.of("type", "follow", "userId", userId));
        assertThat(nextDelivery(channel.channelSecret()).events())
                .singleElement()
                .isInstanceOfSatisfying(
                        FollowEvent.class,
                        event -> assertThat(event.follow().isUnblocked()).isTrue());
    }

    @Test
    void redeliveriesAndOutOfOrderEventsAreAsAsked() throws Exception {
        String userId = "U" + "b".repeat(32);
        control.webhook(
                channel.channelId(),
                Map.of(
                        "events",
                        List.of(
                                Map.of("type", "unfollow", "userId", userId, "timestamp", 2_000L),
                                Map.of(
                                        "type",
                                        "follow",
                                        "userId",
                                        userId,
                                        "timestamp",
                                        1_000L,
                                        "redelivery",
                                        true,
                                        "webhookEventId",
                                        "01HZZZZZZZZZZZZZZZZZZZZZZZ"),
                                Map.of("type", "message", "userId", userId, "text", "hi"),
                                Map.of("type", "postback", "userId", userId, "data", "coupon=1"))));
        CallbackRequest batch = nextDelivery(channel.channelSecret());
        assertThat(batch.events()).hasSize(4);
        assertThat(batch.events().get(0).timestamp()).isEqualTo(2_000L);
        assertThat(batch.events().get(1).timestamp()).isEqualTo(1_000L);
        assertThat(batch.events().get(1).webhookEventId()).isEqualTo("01HZZZZZZZZZZZZZZZZZZZZZZZ");
        assertThat(batch.events().get(1).deliveryContext().isRedelivery()).isTrue();
        assertThat(batch.events().get(2)).isInstanceOf(MessageEvent.class);
        assertThat(batch.events().get(3))
                .isInstanceOfSatisfying(
                        PostbackEvent.class,
                        event -> assertThat(event.postback().data()).isEqualTo("coupon=1"));
    }

    @Test
    void aBadSignatureIsWhatItSays() throws Exception {
        control.webhook(
                channel.channelId(), Map.of("type", "follow", "userId", "U" + "c".repeat(32), "badSignature", true));
        Delivery delivery = DELIVERIES.poll(5, TimeUnit.SECONDS);
        assertThat(new LineSignatureValidator(channel.channelSecret().getBytes(StandardCharsets.UTF_8))
                        .validateSignature(delivery.body(), delivery.signature()))
                .isFalse();
    }

    @Test
    void theEmptyVerificationBodyCanBeSent() throws Exception {
        control.webhook(channel.channelId(), Map.of("events", List.of()));
        assertThat(nextDelivery(channel.channelSecret()).events()).isEmpty();
    }

    private HttpResponse<String> issue(String path, String clientId, String secret) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id="
                                        + clientId + "&client_secret=" + secret))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void statelessTokensAreIssuedFromIdAndSecretAndExpire() throws Exception {
        control.updateChannel(channel.channelId(), Map.of("tokenTtlSeconds", 1));
        HttpResponse<String> issued = issue("/oauth2/v3/token", channel.channelId(), channel.channelSecret());
        assertThat(issued.statusCode()).isEqualTo(200);
        JsonNode token = JSON.readTree(issued.body());
        assertThat(token.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(token.get("expires_in").asInt()).isEqualTo(1);

        MessagingApiClient client = MessagingApiClient.builder(
                        token.get("access_token").asText())
                .apiEndPoint(URI.create(sandbox.baseUrl() + "/"))
                .build();
        assertThat(client.getBotInfo().get().body().userId()).isEqualTo(channel.botUserId());
        Thread.sleep(1_100);
        try {
            client.getBotInfo().get();
            throw new AssertionError("an expired token still worked");
        } catch (ExecutionException e) {
            assertThat(e.getCause().getMessage()).contains("code=401");
        }

        assertThat(issue("/oauth2/v3/token", channel.channelId(), "wrong").statusCode())
                .isEqualTo(400);
        assertThat(JSON.readTree(issue("/v2/oauth/accessToken", channel.channelId(), channel.channelSecret())
                                .body())
                        .get("expires_in")
                        .asInt())
                .isEqualTo(30 * 24 * 3600);
    }

    @Test
    void aNotificationMessageReachesAnAgreedPhoneAndItsDeliveryEventCarriesTheTag() throws Exception {
        String hash = control.registerNotificationPhones(channel.channelId(), List.of("+81 90-1234-5678"))
                .get(0);
        assertThat(hash).isEqualTo(ControlRoutes.sha256("+819012345678"));
        MessagingApiClient client = MessagingApiClient.builder(channel.accessToken())
                .apiEndPoint(URI.create(sandbox.baseUrl() + "/"))
                .build();

        await(client.pushMessagesByPhone(
                "order-1001-shipped-0001",
                new PnpMessagesRequest(List.of(new TextMessage("Your order has shipped")), hash, false)));

        CallbackRequest delivery = nextDelivery(channel.channelSecret());
        assertThat(delivery.events())
                .singleElement()
                .isInstanceOfSatisfying(PnpDeliveryCompletionEvent.class, event -> {
                    assertThat(event.delivery().data()).isEqualTo("order-1001-shipped-0001");
                    assertThat(event.webhookEventId()).isNotBlank();
                });
        assertThat(control.notificationMessageCounts(channel.channelId())).containsEntry(hash, 1);

        String nobody = ControlRoutes.sha256("+819099999999");
        assertThat(status(client.pushMessagesByPhone(
                        null, new PnpMessagesRequest(List.of(new TextMessage("Hi")), nobody, false))))
                .as("nobody with that number agreed")
                .isEqualTo(422);
        assertThat(status(client.pushMessagesByPhone(
                        "short", new PnpMessagesRequest(List.of(new TextMessage("Hi")), hash, false))))
                .as("a delivery tag is 16 to 100 characters")
                .isEqualTo(400);
        assertThat(status(client.pushMessagesByPhone(
                        null, new PnpMessagesRequest(List.of(new TextMessage("Hi")), "+819012345678", false))))
                .as("the number goes hashed")
                .isEqualTo(400);
        HttpResponse<String> withRetryKey = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/bot/pnp/push"))
                                .header("Authorization", "Bearer " + channel.accessToken())
                                .header("Content-Type", "application/json")
                                .header("X-Line-Retry-Key", "123e4567-e89b-42d3-a456-426614174000")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"to\":\"" + hash + "\",\"messages\":[{\"type\":\"text\",\"text\":\"Hi\"}]}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(withRetryKey.statusCode())
                .as("this endpoint takes no retry key")
                .isEqualTo(400);
        assertThat(await(client.getPNPMessageStatistics(
                                LocalDate.now(ZoneId.of("Asia/Tokyo")).format(DateTimeFormatter.BASIC_ISO_DATE)))
                        .body()
                        .status()
                        .toString())
                .as("today's count is not ready")
                .isEqualToIgnoringCase("unready");
    }

    @Test
    void aReplyTokenAnswersOnceWithinAMinuteAndCostsNoQuota() throws Exception {
        String userId = "U" + "e".repeat(32);
        control.webhook(channel.channelId(), Map.of("type", "message", "userId", userId, "text", "coupon"));
        String token =
                ((MessageEvent) nextDelivery(channel.channelSecret()).events().get(0)).replyToken();
        MessagingApiClient client = MessagingApiClient.builder(channel.accessToken())
                .apiEndPoint(URI.create(sandbox.baseUrl() + "/"))
                .build();

        ReplyMessageResponse replied = await(client.replyMessage(
                        new ReplyMessageRequest(token, List.of(new TextMessage("Here is your coupon")), false)))
                .body();

        assertThat(replied.sentMessages()).hasSize(1);
        assertThat(control.received(channel.channelId(), userId))
                .singleElement()
                .satisfies(item -> assertThat(item.get("endpoint").asText()).isEqualTo("reply"));
        assertThat(control.channel(channel.channelId()).get("usage").asLong())
                .as("replies are free of the monthly quota")
                .isZero();
        assertThat(status(
                        client.replyMessage(new ReplyMessageRequest(token, List.of(new TextMessage("again")), false))))
                .as("a token answers once")
                .isEqualTo(400);

        control.webhook(
                channel.channelId(),
                Map.of("type", "follow", "userId", userId, "timestamp", System.currentTimeMillis() - 2 * 60_000));
        String stale =
                ((FollowEvent) nextDelivery(channel.channelSecret()).events().get(0)).replyToken();
        assertThat(status(client.replyMessage(new ReplyMessageRequest(stale, List.of(new TextMessage("late")), false))))
                .as("a token is good for a minute after its event")
                .isEqualTo(400);
        assertThat(status(
                        client.replyMessage(new ReplyMessageRequest("made-up", List.of(new TextMessage("x")), false))))
                .isEqualTo(400);
    }

    private static <T> T await(CompletableFuture<T> call) throws Exception {
        try {
            return call.get();
        } catch (ExecutionException e) {
            throw (Exception) e.getCause();
        }
    }

    private static int status(CompletableFuture<?> call) {
        try {
            call.get();
            return 200;
        } catch (ExecutionException e) {
            return ((MessagingApiClientException) e.getCause()).getCode();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
