package io.lineengage.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.client.base.Result;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.client.MessagingApiClientException;
import com.linecorp.bot.messaging.model.BotInfoResponse;
import com.linecorp.bot.messaging.model.GetFollowersResponse;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.MessageQuotaResponse;
import com.linecorp.bot.messaging.model.MulticastRequest;
import com.linecorp.bot.messaging.model.PushMessageRequest;
import com.linecorp.bot.messaging.model.PushMessageResponse;
import com.linecorp.bot.messaging.model.TextMessage;
import com.linecorp.bot.messaging.model.UserProfileResponse;
import com.linecorp.bot.messaging.model.ValidateMessageRequest;
import io.lineengage.sandbox.SandboxControl.ChannelCredentials;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox as LINE's official Java SDK sees it: the same answers LINE would give, the 409 and 429 paths included. */
class SandboxAnswersLinesOwnClientTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static LineSandbox sandbox;
    private static SandboxControl control;

    private ChannelCredentials channel;
    private MessagingApiClient client;
    private List<String> followers;

    @BeforeAll
    static void startSandbox() {
        sandbox = LineSandbox.start(0);
        control = new SandboxControl(sandbox.baseUrl());
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @BeforeEach
    void newChannel() {
        channel = control.createChannel();
        client = client(channel.accessToken(), Duration.ofSeconds(10));
        followers = control.addFollowers(channel.channelId(), 3);
    }

    private static MessagingApiClient client(String token, Duration readTimeout) {
        return MessagingApiClient.builder(token)
                .apiEndPoint(URI.create(sandbox.baseUrl() + "/"))
                .readTimeout(readTimeout)
                .build();
    }

    private static List<Message> text(String text) {
        return List.of(new TextMessage(text));
    }

    private static <T> T await(CompletableFuture<T> call) throws Exception {
        try {
            return call.get();
        } catch (ExecutionException e) {
            throw (Exception) e.getCause();
        }
    }

    private static MessagingApiClientException lineError(CompletableFuture<?> call) {
        try {
            call.get();
            throw new AssertionError("LINE accepted a call that should have failed");
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(MessagingApiClientException.class);
            return (MessagingApiClientException) e.getCause();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private int receivedBy(String userId) {
        return control.receivedCounts(channel.channelId()).getOrDefault(userId, 0);
    }

    @Test
    void pushIsAcceptedWithARequestIdAndDeliveredOnce() throws Exception {
        Result<PushMessageResponse> result = await(client.pushMessage(
                UUID.randomUUID(), new PushMessageRequest(followers.get(0), text("Hello"), false, null)));
        assertThat(result.requestId()).isNotBlank();
        assertThat(result.body().sentMessages()).hasSize(1);
        assertThat(receivedBy(followers.get(0))).isEqualTo(1);
        JsonNode received = control.received(channel.channelId(), followers.get(0));
        assertThat(received.get(0).at("/messages/0/text").asText()).isEqualTo("Hello");
        assertThat(received.get(0).get("requestId").asText()).isEqualTo(result.requestId());
    }

    @Test
    void aRepeatedRetryKeyAnswers409WithTheAcceptedRequestIdAndDeliversNothingMore() throws Exception {
        UUID retryKey = UUID.randomUUID();
        PushMessageRequest push = new PushMessageRequest(followers.get(0), text("Once"), false, null);
        Result<PushMessageResponse> first = await(client.pushMessage(retryKey, push));

        MessagingApiClientException repeat = lineError(client.pushMessage(retryKey, push));
        assertThat(repeat.getCode()).isEqualTo(409);
        assertThat(repeat.getHeader("x-line-accepted-request-id")).isEqualTo(first.requestId());
        assertThat(repeat.getRequestId()).isNotBlank().isNotEqualTo(first.requestId());
        assertThat(repeat.getSentMessages())
                .extracting(sent -> sent.id())
                .containsExactlyElementsOf(first.body().sentMessages().stream()
                        .map(sent -> sent.id())
                        .toList());
        assertThat(receivedBy(followers.get(0))).isEqualTo(1);

        MessagingApiClientException multicastRepeat =
                lineError(client.multicast(retryKey, new MulticastRequest(text("Other"), followers, false, null)));
        assertThat(multicastRepeat.getCode()).isEqualTo(409);
    }

    @Test
    void multicastReachesEveryRecipientOfUpTo500() throws Exception {
        List<String> many = control.addFollowers(channel.channelId(), 500);
        Result<Object> result =
                await(client.multicast(UUID.randomUUID(), new MulticastRequest(text("Sale"), many, false, null)));
        assertThat(result.requestId()).isNotBlank();
        Map<String, Integer> counts = control.receivedCounts(channel.channelId());
        assertThat(many).allSatisfy(userId -> assertThat(counts.get(userId)).isEqualTo(1));

        List<String> tooMany = new ArrayList<>(many);
        tooMany.add(followers.get(0));
        MessagingApiClientException error = lineError(
                client.multicast(UUID.randomUUID(), new MulticastRequest(text("Sale"), tooMany, false, null)));
        assertThat(error.getCode()).isEqualTo(400);
        assertThat(error.getDetails()).extracting(detail -> detail.property()).containsExactly("to");
    }

    @Test
    void textLimitIs5000Characters() throws Exception {
        await(client.pushMessage(
                UUID.randomUUID(), new PushMessageRequest(followers.get(0), text("a".repeat(5000)), false, null)));
        MessagingApiClientException error = lineError(client.pushMessage(
                UUID.randomUUID(), new PushMessageRequest(followers.get(0), text("a".repeat(5001)), false, null)));
        assertThat(error.getCode()).isEqualTo(400);
        assertThat(error.getError()).isEqualTo("The request body has 1 error(s)");
        assertThat(error.getDetails()).singleElement().satisfies(detail -> {
            assertThat(detail.property()).isEqualTo("messages[0].text");
            assertThat(detail.message()).contains("5000");
        });
        assertThat(receivedBy(followers.get(0))).isEqualTo(1);
    }

    @Test
    void wrongAndRevokedTokensAre401() throws Exception {
        assertThat(lineError(client("not-a-token", Duration.ofSeconds(5)).getBotInfo())
                        .getCode())
                .isEqualTo(401);
        control.injectFaults(channel.channelId(), Map.of("revokeToken", true));
        assertThat(lineError(client.getBotInfo()).getCode()).isEqualTo(401);
        control.clearFaults(channel.channelId());
        assertThat(await(client.getBotInfo()).body().displayName()).isNotBlank();
    }

    @Test
    void rateLimitsAnswer429TooManyRequests() throws Exception {
        control.updateChannel(channel.channelId(), Map.of("rateLimits", Map.of("push", 5)));
        int limited = 0;
        int accepted = 0;
        for (int i = 0; i < 20; i++) {
            try {
                await(client.pushMessage(
                        UUID.randomUUID(), new PushMessageRequest(followers.get(1), text("x" + i), false, null)));
                accepted++;
            } catch (MessagingApiClientException e) {
                assertThat(e.getCode()).isEqualTo(429);
                assertThat(e.getError()).isEqualTo("Too many requests");
                limited++;
            }
        }
        assertThat(limited).isPositive();
        assertThat(accepted).isBetween(5, 7);
        assertThat(receivedBy(followers.get(1))).isEqualTo(accepted);
        JsonNode push = control.channel(channel.channelId()).at("/traffic/push");
        assertThat(push.get("calls").asInt())
                .as("every call counted, refused or not")
                .isEqualTo(20);
        assertThat(push.get("rateLimited").asInt()).isEqualTo(limited);
        assertThat(push.get("maxPerSecond").asInt()).isBetween(1, 20);
    }

    @Test
    void theMonthlyQuotaAnswers429WithLinesMessage() throws Exception {
        control.updateChannel(channel.channelId(), Map.of("monthlyQuota", 4));
        await(client.multicast(UUID.randomUUID(), new MulticastRequest(text("a"), followers, false, null)));
        await(client.pushMessage(UUID.randomUUID(), new PushMessageRequest(followers.get(0), text("b"), false, null)));
        MessagingApiClientException exhausted = lineError(client.pushMessage(
                UUID.randomUUID(), new PushMessageRequest(followers.get(0), text("c"), false, null)));
        assertThat(exhausted.getCode()).isEqualTo(429);
        assertThat(exhausted.getError()).isEqualTo("You have reached your monthly limit.");

        MessageQuotaResponse quota = await(client.getMessageQuota()).body();
        assertThat(quota.value()).isEqualTo(4);
        assertThat(await(client.getMessageQuotaConsumption()).body().totalUsage())
                .isEqualTo(4);
    }

    @Test
    void exhaustingTheQuotaByFaultStopsTheNextSend() throws Exception {
        control.injectFaults(channel.channelId(), Map.of("exhaustQuota", true));
        MessagingApiClientException exhausted = lineError(client.pushMessage(
                UUID.randomUUID(), new PushMessageRequest(followers.get(0), text("c"), false, null)));
        assertThat(exhausted.getError()).isEqualTo("You have reached your monthly limit.");
    }

    @Test
    void profilesAreForFollowersOnly() throws Exception {
        UserProfileResponse profile = await(client.getProfile(followers.get(2))).body();
        assertThat(profile.userId()).isEqualTo(followers.get(2));
        assertThat(profile.displayName()).isNotBlank();
        assertThat(profile.language()).isEqualTo("ja");
        assertThat(lineError(client.getProfile("U" + "0".repeat(32))).getCode()).isEqualTo(404);
    }

    @Test
    void followerIdsComeInPagesWithNext() throws Exception {
        List<String> all = new ArrayList<>(followers);
        all.addAll(control.addFollowers(channel.channelId(), 2497));
        Set<String> seen = new HashSet<>();
        String next = null;
        int pages = 0;
        do {
            GetFollowersResponse page = await(client.getFollowers(next, 1000)).body();
            seen.addAll(page.userIds());
            assertThat(page.userIds()).hasSizeLessThanOrEqualTo(1000);
            next = page.next();
            pages++;
        } while (next != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(all);
        assertThat(lineError(client.getFollowers(null, 1001)).getCode()).isEqualTo(400);
    }

    @Test
    void botInfoDescribesTheChannel() throws Exception {
        BotInfoResponse info = await(client.getBotInfo()).body();
        assertThat(info.userId()).isEqualTo(channel.botUserId());
        assertThat(info.chatMode()).isNotNull();
    }

    @Test
    void validateChecksMessagesWithoutSending() throws Exception {
        await(client.validatePush(new ValidateMessageRequest(text("fine"))));
        MessagingApiClientException invalid = lineError(client.validateMulticast(new ValidateMessageRequest(text(""))));
        assertThat(invalid.getCode()).isEqualTo(400);
        assertThat(invalid.getDetails()).extracting(detail -> detail.property()).containsExactly("messages[0].text");
        assertThat(control.receivedCounts(channel.channelId())).isEmpty();
    }

    @Test
    void failNextAndErrorRateAnswer5xxWithoutDelivering() throws Exception {
        control.injectFaults(channel.channelId(), Map.of("failNext", 2, "failStatus", 503));
        PushMessageRequest push = new PushMessageRequest(followers.get(0), text("retry me"), false, null);
        UUID retryKey = UUID.randomUUID();
        assertThat(lineError(client.pushMessage(retryKey, push)).getCode()).isEqualTo(503);
        assertThat(lineError(client.pushMessage(retryKey, push)).getCode()).isEqualTo(503);
        assertThat(await(client.pushMessage(retryKey, push)).requestId()).isNotBlank();
        assertThat(receivedBy(followers.get(0))).isEqualTo(1);

        control.injectFaults(channel.channelId(), Map.of("errorRate", 1.0));
        assertThat(lineError(client.getBotInfo()).getCode()).isEqualTo(500);
    }

    @Test
    void aTimedOutSendWasStillAcceptedSoItsRetryAnswers409() throws Exception {
        control.injectFaults(channel.channelId(), Map.of("timeoutRate", 1.0, "timeoutMs", 1500));
        MessagingApiClient impatient = client(channel.accessToken(), Duration.ofMillis(300));
        UUID retryKey = UUID.randomUUID();
        PushMessageRequest push = new PushMessageRequest(followers.get(0), text("late"), false, null);
        assertThatThrownBy(() -> await(impatient.pushMessage(retryKey, push)))
                .isInstanceOf(InterruptedIOException.class);
        control.clearFaults(channel.channelId());
        assertThat(lineError(client.pushMessage(retryKey, push)).getCode()).isEqualTo(409);
        assertThat(receivedBy(followers.get(0))).isEqualTo(1);
    }

    @Test
    void addedLatencyDelaysTheAnswer() throws Exception {
        control.injectFaults(channel.channelId(), Map.of("latencyMs", 300));
        long started = System.nanoTime();
        await(client.getBotInfo());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void everyAnswerCarriesARequestIdAndBadCallsAreExplained() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> unauthenticated = http.send(
                HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/v2/bot/info"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unauthenticated.statusCode()).isEqualTo(401);
        assertThat(unauthenticated.headers().firstValue("x-line-request-id")).isPresent();
        assertThat(JSON.readTree(unauthenticated.body()).get("message").asText())
                .contains("access token");

        HttpResponse<String> retryKeyOnProfile = http.send(
                HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/v2/bot/info"))
                        .header("Authorization", "Bearer " + channel.accessToken())
                        .header("X-Line-Retry-Key", UUID.randomUUID().toString())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(retryKeyOnProfile.statusCode()).isEqualTo(400);

        String huge = "{\"to\":\"" + followers.get(0) + "\",\"messages\":[{\"type\":\"text\",\"text\":\""
                + "x".repeat(2_100_000) + "\"}]}";
        HttpResponse<String> tooLarge = http.send(
                HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/v2/bot/message/push"))
                        .header("Authorization", "Bearer " + channel.accessToken())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(huge))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(tooLarge.statusCode()).isEqualTo(413);

        HttpResponse<String> notJson = http.send(
                HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/v2/bot/message/push"))
                        .header("Authorization", "Bearer " + channel.accessToken())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{nope"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.headers().firstValue("x-line-request-id")).isPresent();
    }

    @Test
    void theRequestLogKeepsWhatWasSentAndAnswered() throws Exception {
        UUID retryKey = UUID.randomUUID();
        await(client.pushMessage(retryKey, new PushMessageRequest(followers.get(0), text("logged"), false, null)));
        JsonNode push = control.requests(channel.channelId()).get(0);
        assertThat(push.get("path").asText()).isEqualTo("/v2/bot/message/push");
        assertThat(push.get("status").asInt()).isEqualTo(200);
        assertThat(push.at("/headers/X-Line-Retry-Key").asText()).isEqualTo(retryKey.toString());
        assertThat(push.at("/headers/Authorization").asText()).doesNotContain(channel.accessToken());
        assertThat(JSON.readTree(push.get("body").asText()).get("to").asText()).isEqualTo(followers.get(0));
    }

    @Test
    void aggregationUnitsFeedTheStatisticsPerUnitWhichHideCountsUnderTwenty() throws Exception {
        await(client.multicast(
                UUID.randomUUID(), new MulticastRequest(text("promo"), followers, false, List.of("spring_sale"))));

        JsonNode sent = statistics("spring_sale");
        assertThat(sent.at("/overview/uniqueImpression").isNull())
                .as("three readers: fewer than LINE's 20")
                .isTrue();
        assertThat(sent.at("/messages/0/seq").asInt()).isEqualTo(1);
        assertThat(sent.at("/messages/0/impression").isNull()).isTrue();
        assertThat(sent.get("clicks")).isEmpty();

        control.reportUnitEvents(
                channel.channelId(),
                "spring_sale",
                Map.of(
                        "impressions",
                        25,
                        "clicks",
                        List.of(
                                Map.of("url", "https://shop.example/a", "clicks", 40, "uniqueUsers", 22),
                                Map.of("url", "https://shop.example/b", "clicks", 3, "uniqueUsers", 2))));
        JsonNode reported = statistics("spring_sale");

        assertThat(reported.at("/overview/uniqueImpression").asInt()).isEqualTo(25);
        assertThat(reported.at("/overview/uniqueClick").asInt()).isEqualTo(24);
        assertThat(reported.at("/clicks/0/url").asText()).isEqualTo("https://shop.example/a");
        assertThat(reported.at("/clicks/0/click").asInt()).isEqualTo(40);
        assertThat(reported.at("/clicks/0/uniqueClick").asInt()).isEqualTo(22);
        assertThat(reported.at("/clicks/1/click").isNull()).isTrue();
        assertThat(statistics("never_used").at("/overview/uniqueImpression").isNull())
                .isTrue();
    }

    private JsonNode statistics(String unit) throws Exception {
        HttpResponse<String> stats = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(sandbox.baseUrl()
                                        + "/v2/bot/insight/message/event/aggregation?customAggregationUnit=" + unit
                                        + "&from=20261101&to=20261130"))
                                .header("Authorization", "Bearer " + channel.accessToken())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(stats.statusCode()).isEqualTo(200);
        return JSON.readTree(stats.body());
    }

    @Test
    void broadcastReachesEveryFollower() throws Exception {
        await(client.broadcast(
                UUID.randomUUID(), new com.linecorp.bot.messaging.model.BroadcastRequest(text("all"), false)));
        assertThat(control.receivedCounts(channel.channelId()))
                .containsOnlyKeys(followers)
                .allSatisfy((user, count) -> assertThat(count).isEqualTo(1));
    }
}
