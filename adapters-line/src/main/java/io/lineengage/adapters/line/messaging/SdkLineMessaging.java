package io.lineengage.adapters.line.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.linecorp.bot.client.base.Result;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.client.MessagingApiClientException;
import com.linecorp.bot.messaging.model.BotInfoResponse;
import com.linecorp.bot.messaging.model.GetFollowersResponse;
import com.linecorp.bot.messaging.model.MessageQuotaResponse;
import com.linecorp.bot.messaging.model.QuotaType;
import com.linecorp.bot.messaging.model.UserProfileResponse;
import com.linecorp.bot.messaging.model.ValidateMessageRequest;
import io.lineengage.application.port.out.line.FollowerPage;
import io.lineengage.application.port.out.line.LineMessagingPort;
import io.lineengage.application.port.out.line.LineResult;
import io.lineengage.application.port.out.line.MulticastRequest;
import io.lineengage.application.port.out.line.PushRequest;
import io.lineengage.application.port.out.line.ReplyRequest;
import io.lineengage.application.port.out.line.SendOutcome;
import io.lineengage.application.port.out.line.UnitStatistics;
import io.lineengage.domain.account.ChannelCredentials;
import io.lineengage.domain.line.BotInfo;
import io.lineengage.domain.line.LineFailure;
import io.lineengage.domain.line.LineProfile;
import io.lineengage.domain.line.MessageQuota;
import io.lineengage.domain.message.LineMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * {@link LineMessagingPort} on LINE's official Java SDK. Every push and multicast carries the caller's retry key;
 * LINE's 409 for a key it has seen becomes {@link SendOutcome.AlreadyAccepted}; every other answer a value.
 */
final class SdkLineMessaging implements LineMessagingPort {
    private static final DateTimeFormatter LINE_DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final LineSettings settings;
    private final ChannelTokens tokens;
    private final LineHttp http;
    private final LineCalls calls;

    SdkLineMessaging(LineCalls calls) {
        this.settings = calls.settings();
        this.tokens = calls.tokens();
        this.http = calls.http();
        this.calls = calls;
    }

    @Override
    public SendOutcome push(ChannelCredentials channel, PushRequest request) {
        com.linecorp.bot.messaging.model.PushMessageRequest body =
                new com.linecorp.bot.messaging.model.PushMessageRequest(
                        request.to(),
                        SdkMessages.of(request.messages()),
                        request.notificationDisabled(),
                        request.aggregationUnit().map(List::of).orElse(null));
        LineCalls.Called<com.linecorp.bot.messaging.model.PushMessageResponse> called =
                calls.call(channel, client -> client.pushMessage(request.retryKey(), body));
        if (called instanceof LineCalls.Called.Done<com.linecorp.bot.messaging.model.PushMessageResponse> done) {
            List<String> ids = done.result().body() == null
                    ? List.of()
                    : done.result().body().sentMessages().stream()
                            .map(sent -> sent.id())
                            .toList();
            return new SendOutcome.Accepted(done.result().requestId(), ids);
        }
        return sendFailure((LineCalls.Called.Failed<?>) called);
    }

    @Override
    public SendOutcome reply(ChannelCredentials channel, ReplyRequest request) {
        com.linecorp.bot.messaging.model.ReplyMessageRequest body =
                new com.linecorp.bot.messaging.model.ReplyMessageRequest(
                        request.replyToken(), SdkMessages.of(request.messages()), request.notificationDisabled());
        LineCalls.Called<com.linecorp.bot.messaging.model.ReplyMessageResponse> called =
                calls.call(channel, client -> client.replyMessage(body));
        if (called instanceof LineCalls.Called.Done<com.linecorp.bot.messaging.model.ReplyMessageResponse> done) {
            List<String> ids = done.result().body() == null
                    ? List.of()
                    : done.result().body().sentMessages().stream()
                            .map(sent -> sent.id())
                            .toList();
            return new SendOutcome.Accepted(done.result().requestId(), ids);
        }
        return new SendOutcome.Failed(((LineCalls.Called.Failed<?>) called).failure());
    }

    @Override
    public SendOutcome multicast(ChannelCredentials channel, MulticastRequest request) {
        com.linecorp.bot.messaging.model.MulticastRequest body = new com.linecorp.bot.messaging.model.MulticastRequest(
                SdkMessages.of(request.messages()),
                request.to(),
                request.notificationDisabled(),
                request.aggregationUnit().map(List::of).orElse(null));
        LineCalls.Called<Object> called = calls.call(channel, client -> client.multicast(request.retryKey(), body));
        if (called instanceof LineCalls.Called.Done<Object> done) {
            return new SendOutcome.Accepted(done.result().requestId(), List.of());
        }
        return sendFailure((LineCalls.Called.Failed<?>) called);
    }

    /** LINE's 409 to a retry key means the first call was accepted: that is success, not failure. */
    private static SendOutcome sendFailure(LineCalls.Called.Failed<?> failed) {
        if (failed.cause() instanceof MessagingApiClientException line && line.getCode() == 409) {
            return new SendOutcome.AlreadyAccepted(line.getHeader("x-line-accepted-request-id"));
        }
        return new SendOutcome.Failed(failed.failure());
    }

    @Override
    public LineResult<LineProfile> profile(ChannelCredentials channel, String userId) {
        return read(
                calls.call(channel, client -> client.getProfile(userId)),
                (UserProfileResponse profile) -> new LineProfile(
                        profile.userId(),
                        profile.displayName(),
                        Optional.ofNullable(profile.pictureUrl()).map(URI::toString),
                        Optional.ofNullable(profile.language()),
                        Optional.ofNullable(profile.statusMessage())));
    }

    @Override
    public LineResult<FollowerPage> followerIds(ChannelCredentials channel, String start, int limit) {
        return read(
                calls.call(channel, client -> client.getFollowers(start, limit)),
                (GetFollowersResponse page) -> new FollowerPage(
                        page.userIds() == null ? List.of() : page.userIds(), Optional.ofNullable(page.next())));
    }

    @Override
    public LineResult<MessageQuota> quota(ChannelCredentials channel) {
        LineCalls.Called<MessageQuotaResponse> quota = calls.call(channel, MessagingApiClient::getMessageQuota);
        if (quota instanceof LineCalls.Called.Failed<MessageQuotaResponse> failed) {
            return LineResult.failure(failed.failure());
        }
        LineCalls.Called<com.linecorp.bot.messaging.model.QuotaConsumptionResponse> used =
                calls.call(channel, MessagingApiClient::getMessageQuotaConsumption);
        if (used instanceof LineCalls.Called.Failed<?> failed) {
            return LineResult.failure(failed.failure());
        }
        MessageQuotaResponse limit =
                ((LineCalls.Called.Done<MessageQuotaResponse>) quota).result().body();
        long usage = ((LineCalls.Called.Done<com.linecorp.bot.messaging.model.QuotaConsumptionResponse>) used)
                .result()
                .body()
                .totalUsage();
        return LineResult.success(new MessageQuota(
                limit.type() == QuotaType.LIMITED && limit.value() != null
                        ? OptionalLong.of(limit.value())
                        : OptionalLong.empty(),
                usage));
    }

    @Override
    public LineResult<BotInfo> botInfo(ChannelCredentials channel) {
        return read(
                calls.call(channel, MessagingApiClient::getBotInfo),
                (BotInfoResponse info) -> new BotInfo(
                        info.userId(),
                        info.basicId(),
                        info.displayName(),
                        Optional.ofNullable(info.pictureUrl()).map(URI::toString)));
    }

    @Override
    public LineResult<Validated> validate(ChannelCredentials channel, SendKind kind, List<LineMessage> messages) {
        ValidateMessageRequest body = new ValidateMessageRequest(SdkMessages.of(messages));
        Function<MessagingApiClient, CompletableFuture<Result<Void>>> validation = switch (kind) {
            case PUSH -> client -> client.validatePush(body);
            case MULTICAST -> client -> client.validateMulticast(body);
            case BROADCAST -> client -> client.validateBroadcast(body);
            case NARROWCAST -> client -> client.validateNarrowcast(body);
            case REPLY -> client -> client.validateReply(body);
        };
        LineCalls.Called<Void> called = calls.call(channel, validation);
        return called instanceof LineCalls.Called.Failed<Void> failed
                ? LineResult.failure(failed.failure())
                : LineResult.success(new Validated());
    }

    @Override
    public LineResult<Long> followerCount(ChannelCredentials channel) {
        ChannelTokens.Token token = tokens.current(channel);
        if (token instanceof ChannelTokens.Token.Refused refused) {
            return LineResult.failure(refused.failure());
        }
        // LINE counts followers per day (UTC+9) and has yesterday's figure ready.
        String day = LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(1).format(LINE_DAY);
        LineHttp.Answer answer = http.send(HttpRequest.newBuilder(settings.api("/v2/bot/insight/followers?date=" + day))
                .header("Authorization", "Bearer " + ((ChannelTokens.Token.Valid) token).value())
                .GET());
        if (answer instanceof LineHttp.Answer.Failed failed) {
            return LineResult.failure(failed.failure());
        }
        JsonNode body = ((LineHttp.Answer.Ok) answer).body();
        if (!"ready".equals(body.path("status").asText())
                || !body.path("followers").isNumber()) {
            return LineResult.failure(new LineFailure.NotFound("LINE has no follower count for " + day + " yet"));
        }
        return LineResult.success(body.get("followers").asLong());
    }

    @Override
    public LineResult<UnitStatistics> statisticsPerUnit(
            ChannelCredentials channel, String unit, LocalDate from, LocalDate to) {
        ChannelTokens.Token token = tokens.current(channel);
        if (token instanceof ChannelTokens.Token.Refused refused) {
            return LineResult.failure(refused.failure());
        }
        String query = "?customAggregationUnit=" + URLEncoder.encode(unit, StandardCharsets.UTF_8) + "&from="
                + from.format(LINE_DAY) + "&to=" + to.format(LINE_DAY);
        LineHttp.Answer answer =
                http.send(HttpRequest.newBuilder(settings.api("/v2/bot/insight/message/event/aggregation" + query))
                        .header("Authorization", "Bearer " + ((ChannelTokens.Token.Valid) token).value())
                        .GET());
        if (answer instanceof LineHttp.Answer.Failed failed) {
            return LineResult.failure(failed.failure());
        }
        JsonNode body = ((LineHttp.Answer.Ok) answer).body();
        List<OptionalLong> perBubble = new ArrayList<>();
        body.path("messages").forEach(message -> perBubble.add(count(message.path("impression"))));
        List<UnitStatistics.UrlClicks> clicks = new ArrayList<>();
        body.path("clicks")
                .forEach(click -> clicks.add(new UnitStatistics.UrlClicks(
                        click.path("url").asText(), count(click.path("click")), count(click.path("uniqueClick")))));
        return LineResult.success(new UnitStatistics(
                count(body.at("/overview/uniqueImpression")),
                count(body.at("/overview/uniqueClick")),
                count(body.at("/overview/uniqueMediaPlayed")),
                perBubble,
                clicks));
    }

    private static OptionalLong count(JsonNode value) {
        return value.isNumber() ? OptionalLong.of(value.asLong()) : OptionalLong.empty();
    }

    private static <R, T> LineResult<T> read(LineCalls.Called<R> called, Function<R, T> mapping) {
        if (called instanceof LineCalls.Called.Failed<R> failed) {
            return LineResult.failure(failed.failure());
        }
        return LineResult.success(
                mapping.apply(((LineCalls.Called.Done<R>) called).result().body()));
    }
}
