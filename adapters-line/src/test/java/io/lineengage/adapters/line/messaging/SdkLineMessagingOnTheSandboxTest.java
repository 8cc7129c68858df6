package io.lineengage.adapters.line.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lineengage.adapters.json.JsonLikeJackson;
import io.lineengage.application.port.out.line.LineMessagingPort;
import io.lineengage.application.port.out.line.LineResult;
import io.lineengage.application.port.out.line.MulticastRequest;
import io.lineengage.application.port.out.line.PushRequest;
import io.lineengage.application.port.out.line.SendOutcome;
import io.lineengage.application.port.out.line.UnitStatistics;
import io.lineengage.domain.account.ChannelCredentials;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.line.LineFailure;
import io.lineengage.domain.message.LineMessage;
import io.lineengage.domain.template.MessageReader;
import io.lineengage.sandbox.LineSandbox;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the SDK adapter does beyond the port's contract: timeouts, token renewal, lost connections, every message type. */
class SdkLineMessagingOnTheSandboxTest {
    private static LineSandbox sandbox;
    private static SandboxPlatform platform;
    private static LineSettings settings;
    private static LineMessagingPort port;

    @BeforeAll
    static void start() {
        sandbox = LineSandbox.start(0);
        platform = new SandboxPlatform(sandbox.baseUrl());
        settings = LineSettings.at(URI.create(sandbox.baseUrl()), URI.create(sandbox.baseUrl()))
                .withReadTimeout(Duration.ofMillis(500));
        port = LineMessagingModule.lineMessaging(LineMessagingModule.lineCalls(settings, Clock.systemUTC()));
    }

    @AfterAll
    static void checkTrafficAndStop() {
        try {
            LineSpec.loadOrSkip().assertConforms(platform.control(), platform.channelIds());
        } finally {
            sandbox.close();
        }
    }

    private static List<LineMessage> hello() {
        return List.of(new LineMessage.Text("hello"));
    }

    @Test
    void aTimeoutIsReportedAndTheRetryWithTheSameKeyIsAlreadyAccepted() {
        ChannelCredentials channel = platform.newChannel();
        String user = platform.addFollowers(channel, 1).get(0);
        platform.control().injectFaults(channel.channelId(), Map.of("timeoutRate", 1.0, "timeoutMs", 1_500));
        PushRequest push = PushRequest.of(user, hello(), UUID.randomUUID());

        SendOutcome first = port.push(channel, push);
        assertThat(first).isEqualTo(new SendOutcome.Failed(new LineFailure.Timeout()));
        assertThat(((SendOutcome.Failed) first).failure().retryable()).isTrue();

        platform.control().clearFaults(channel.channelId());
        assertThat(port.push(channel, push)).isInstanceOf(SendOutcome.AlreadyAccepted.class);
        assertThat(platform.receivedCount(channel, user)).isEqualTo(1);
    }

    @Test
    void aRateLimitIsRetryableAndNotAQuotaProblem() {
        ChannelCredentials channel = platform.newChannel();
        List<String> users = platform.addFollowers(channel, 1);
        platform.control().updateChannel(channel.channelId(), Map.of("rateLimits", Map.of("multicast", 1)));
        List<SendOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            outcomes.add(port.multicast(channel, MulticastRequest.of(users, hello(), UUID.randomUUID())));
        }
        assertThat(outcomes).contains(new SendOutcome.Failed(new LineFailure.RateLimited()));
        assertThat(outcomes)
                .filteredOn(SendOutcome.Failed.class::isInstance)
                .allSatisfy(failed -> assertThat(
                                ((SendOutcome.Failed) failed).failure().channelUnusable())
                        .isFalse());
    }

    @Test
    void issuedTokensAreRenewedBeforeTheyExpireSoNoCallFails() throws InterruptedException {
        ChannelCredentials channel = platform.newChannelIssuingTokens();
        platform.control().updateChannel(channel.channelId(), Map.of("tokenTtlSeconds", 2));
        String user = platform.addFollowers(channel, 1).get(0);
        long until = System.nanoTime() + Duration.ofMillis(5_500).toNanos();
        int sent = 0;
        while (System.nanoTime() < until) {
            assertThat(port.push(channel, PushRequest.of(user, hello(), UUID.randomUUID())))
                    .isInstanceOf(SendOutcome.Accepted.class);
            sent++;
            Thread.sleep(100);
        }
        JsonNode calls = platform.control().requests(channel.channelId());
        long issues = count(calls, "/oauth2/v3/token");
        assertThat(issues).as("tokens issued over 5.5 s of 2 s tokens").isGreaterThanOrEqualTo(3);
        assertThat(calls).noneMatch(call -> call.get("status").asInt() == 401);
        assertThat(platform.receivedCount(channel, user)).isEqualTo(sent);
    }

    @Test
    void aRevokedIssuedTokenIsReplacedWithoutFailingTheCall() {
        ChannelCredentials channel = platform.newChannelIssuingTokens();
        String user = platform.addFollowers(channel, 1).get(0);
        assertThat(port.push(channel, PushRequest.of(user, hello(), UUID.randomUUID())))
                .isInstanceOf(SendOutcome.Accepted.class);
        platform.control().injectFaults(channel.channelId(), Map.of("revokeToken", true));
        assertThat(port.push(channel, PushRequest.of(user, hello(), UUID.randomUUID())))
                .isInstanceOf(SendOutcome.Accepted.class);
        assertThat(count(platform.control().requests(channel.channelId()), "/oauth2/v3/token"))
                .isEqualTo(2);
    }

    @Test
    void aWrongChannelSecretIsUnauthorized() {
        ChannelCredentials real = platform.newChannelIssuingTokens();
        ChannelCredentials wrong = ChannelCredentials.issuingTokens(real.channelId(), "not-the-secret");
        LineResult<?> info = port.botInfo(wrong);
        assertThat(info)
                .isInstanceOfSatisfying(
                        LineResult.Failure.class,
                        failure -> assertThat(failure.failure()).isInstanceOf(LineFailure.Unauthorized.class));
    }

    @Test
    void anUnreachableLineIsReportedAsSuch() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        LineMessagingPort nowhere = LineMessagingModule.lineMessaging(LineMessagingModule.lineCalls(
                LineSettings.at(
                        URI.create("http://127.0.0.1:" + closedPort), URI.create("http://127.0.0.1:" + closedPort)),
                Clock.systemUTC()));
        SendOutcome outcome = nowhere.push(
                ChannelCredentials.withToken("1", "s", "t"),
                PushRequest.of("U" + "1".repeat(32), hello(), UUID.randomUUID()));
        assertThat(outcome).isInstanceOfSatisfying(SendOutcome.Failed.class, failed -> {
            assertThat(failed.failure()).isInstanceOf(LineFailure.NotConnected.class);
            assertThat(failed.failure().retryable()).isTrue();
            assertThat(failed.failure().mayHaveBeenSent())
                    .as("no connection: LINE never saw it")
                    .isFalse();
        });
    }

    @Test
    void everyMessageTypeIsSentAsLineExpects() {
        ChannelCredentials channel = platform.newChannel();
        String user = platform.addFollowers(channel, 1).get(0);
        List<LineMessage> all = List.of(
                new LineMessage.Text("text"),
                new LineMessage.Sticker("446", "1988"),
                new LineMessage.Image("https://example.com/a.jpg", "https://example.com/a-preview.jpg"),
                new LineMessage.Video("https://example.com/v.mp4", "https://example.com/v.jpg"),
                new LineMessage.Audio("https://example.com/a.m4a", 60_000),
                new LineMessage.Location("Shop", "1-1 Shibuya, Tokyo", 35.658, 139.701));
        for (LineMessage message : all) {
            assertThat(port.push(channel, PushRequest.of(user, List.of(message), UUID.randomUUID())))
                    .as(message.getClass().getSimpleName())
                    .isInstanceOf(SendOutcome.Accepted.class);
        }
        assertThat(platform.receivedCount(channel, user)).isEqualTo(all.size());
    }

    @Test
    void everyTemplateMessageTypePassesOurChecksLinesValidationAndLinesSchema() throws Exception {
        ChannelCredentials channel = platform.newChannel();
        String user = platform.addFollowers(channel, 1).get(0);
        JsonNode examples = new ObjectMapper().readTree(getClass().getResource("/template-examples.json"));
        Set<String> kinds = new TreeSet<>();
        for (JsonNode example : examples) {
            JsonLike json = JsonLikeJackson.read(example.toString());
            String kind = example.get("type").asText()
                    + (example.has("template")
                            ? "/" + example.at("/template/type").asText()
                            : example.has("video") ? "/video" : "");
            kinds.add(kind);
            assertThat(MessageReader.checkRendered(new JsonLike.JArray(List.of(json)), "messages")
                            .list())
                    .as(kind)
                    .isEmpty();
            List<LineMessage> messages = List.of(new LineMessage.Composed(json));
            assertThat(port.validate(channel, LineMessagingPort.SendKind.PUSH, messages))
                    .as(kind)
                    .isInstanceOf(LineResult.Success.class);
            assertThat(port.push(channel, PushRequest.of(user, messages, UUID.randomUUID())))
                    .as(kind)
                    .isInstanceOf(SendOutcome.Accepted.class);
        }
        assertThat(kinds)
                .containsExactlyInAnyOrder(
                        "text",
                        "image",
                        "video",
                        "audio",
                        "location",
                        "sticker",
                        "imagemap",
                        "imagemap/video",
                        "template/buttons",
                        "template/confirm",
                        "template/carousel",
                        "template/image_carousel",
                        "flex");
        // What the SDK sent is checked against messaging-api.yml when the class ends (checkTrafficAndStop).
    }

    @Test
    void lineRefusesWhatItWouldRefuseAndSaysWhy() {
        ChannelCredentials channel = platform.newChannel();
        JsonLike tooLong = new JsonLike.JObject(
                Map.of("type", new JsonLike.JString("text"), "text", new JsonLike.JString("a".repeat(5_001))));
        LineResult<LineMessagingPort.Validated> answer =
                port.validate(channel, LineMessagingPort.SendKind.PUSH, List.of(new LineMessage.Composed(tooLong)));
        assertThat(answer)
                .isInstanceOfSatisfying(
                        LineResult.Failure.class,
                        failure -> assertThat(failure.failure())
                                .isInstanceOfSatisfying(
                                        LineFailure.InvalidRequest.class,
                                        invalid -> assertThat(invalid.details()).isNotEmpty()));
    }

    @Test
    void statisticsPerUnitCountWhatWasSentUnderTheUnit() {
        ChannelCredentials channel = platform.newChannel();
        List<String> users = platform.addFollowers(channel, 4);
        port.multicast(
                channel, new MulticastRequest(users, hello(), false, Optional.of("spring_2026"), UUID.randomUUID()));
        LineResult<UnitStatistics> stats =
                port.statisticsPerUnit(channel, "spring_2026", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
        assertThat(stats).isInstanceOfSatisfying(LineResult.Success.class, success -> {
            UnitStatistics value = (UnitStatistics) success.value();
            // Four readers: fewer than the 20 LINE shows a count for.
            assertThat(value.uniqueImpressions()).isEmpty();
            assertThat(value.impressionsPerBubble()).containsExactly(OptionalLong.empty());
        });
    }

    private static long count(JsonNode calls, String path) {
        long count = 0;
        for (JsonNode call : calls) {
            if (call.get("path").asText().equals(path)) {
                count++;
            }
        }
        return count;
    }
}
