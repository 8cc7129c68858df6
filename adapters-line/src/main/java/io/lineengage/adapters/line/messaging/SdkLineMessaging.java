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
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
    private final Map<String, MessagingApiClient> clients = new ConcurrentHashMap<>();

    SdkLineMessaging(LineSettings settings, ChannelTokens tokens, LineHttp http) {
        this.settings = settings;
        this.tokens = tokens;
        this.http = http;
    }

    /** What one SDK call came to: LINE's result, or the failure (409 included, for the senders to read). */
    private sealed interface Called<R> {
        record Done<R>(Result<R> result) implements Called<R> {}

        record Failed<R>(LineFailure failure, Throwable cause) implements Called<R> {}
    }

    @Override
    public SendOutcome push(ChannelCredentials channel, PushRequest request) {
        com.linecorp.bot.messaging.model.PushMessageRequest body =
                new com.linecorp.bot.messaging.model.PushMessageRequest(
                        request.to(),
                        SdkMessages.of(request.messages()),
                        request.notificationDisabled(),
                        request.aggregationUnit().map(List::of).orElse(null));
        Called<com.linecorp.bot.messaging.model.PushMessageResponse> called =
                call(channel, client -> client.pushMessage(request.retryKey(), body));
        if (called instanceof Called.Done<com.linecorp.bot.messaging.model.PushMessageResponse> done) {
            List<String> ids = done.result().body() == null
                    ? List.of()
                    : done.result().body().sentMessages().stream()
                            .map(sent -> sent.id())
                            .toList();
            return new SendOutcome.Accepted(done.result().requestId(), ids);
        }
        return sendFailure((Called.Failed<?>) called);
    }

    @Override
    public SendOutcome multicast(ChannelCredentials channel, MulticastRequest request) {
        com.linecorp.bot.messaging.model.MulticastRequest body = new com.linecorp.bot.messaging.model.MulticastRequest(
                SdkMessages.of(request.messages()),
                request.to(),
                request.notificationDisabled(),
                request.aggregationUnit().map(List::of).orElse(null));
        Called<Object> called = call(channel, client -> client.multicast(request.retryKey(), body));
        if (called instanceof Called.Done<Object> done) {
            return new SendOutcome.Accepted(done.result().requestId(), List.of());
        }
        return sendFailure((Called.Failed<?>) called);
    }

    /** LINE's 409 to a retry key means the first call was accepted: that is success, not failure. */
    private static SendOutcome sendFailure(Called.Failed<?> failed) {
        if (failed.cause() instanceof MessagingApiClientException line && line.getCode() == 409) {
            return new SendOutcome.AlreadyAccepted(line.getHeader("x-line-accepted-request-id"));
        }
        return new SendOutcome.Failed(failed.failure());
    }

    @Override
    public LineResult<LineProfile> profile(ChannelCredentials channel, String userId) {
        return read(
                call(channel, client -> client.getProfile(userId)),
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
                call(channel, client -> client.getFollowers(start, limit)),
                (GetFollowersResponse page) -> new FollowerPage(
                        page.userIds() == null ? List.of() : page.userIds(), Optional.ofNullable(page.next())));
    }

    @Override
    public LineResult<MessageQuota> quota(ChannelCredentials channel) {
        Called<MessageQuotaResponse> quota = call(channel, MessagingApiClient::getMessageQuota);
        if (quota instanceof Called.Failed<MessageQuotaResponse> failed) {
            return LineResult.failure(failed.failure());
        }
        Called<com.linecorp.bot.messaging.model.QuotaConsumptionResponse> used =
                call(channel, MessagingApiClient::getMessageQuotaConsumption);
        if (used instanceof Called.Failed<?> failed) {
            return LineResult.failure(failed.failure());
        }
        MessageQuotaResponse limit =
                ((Called.Done<MessageQuotaResponse>) quota).result().body();
        long usage = ((Called.Done<com.linecorp.bot.messaging.model.QuotaConsumptionResponse>) used)
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
                call(channel, MessagingApiClient::getBotInfo),
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
        Called<Void> called = call(channel, validation);
        return called instanceof Called.Failed<Void> failed
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

    private static <R, T> LineResult<T> read(Called<R> called, Function<R, T> mapping) {
        if (called instanceof Called.Failed<R> failed) {
            return LineResult.failure(failed.failure());
        }
        return LineResult.success(
                mapping.apply(((Called.Done<R>) called).result().body()));
    }

    /**
     * One SDK call with a current token. An issued token that LINE refuses is forgotten and the call made once more
     * with a fresh one: a 401 means LINE did not act on the call, so repeating it (with the same retry key) is safe.
     */
    private <R> Called<R> call(
            ChannelCredentials channel, Function<MessagingApiClient, CompletableFuture<Result<R>>> operation) {
        for (int attempt = 0; ; attempt++) {
            ChannelTokens.Token token = tokens.current(channel);
            if (token instanceof ChannelTokens.Token.Refused refused) {
                return new Called.Failed<>(refused.failure(), null);
            }
            Called<R> called = await(operation.apply(client(channel)));
            boolean refusedIssuedToken = called instanceof Called.Failed<R> failed
                    && failed.failure() instanceof LineFailure.Unauthorized
                    && channel.longLivedToken().isEmpty();
            if (!refusedIssuedToken || attempt > 0) {
                return called;
            }
            tokens.forget(channel);
        }
    }

    private <R> Called<R> await(CompletableFuture<Result<R>> future) {
        try {
            // The SDK's read timeout ends the call; this bound only guards against a call that never completes.
            long bound = settings.connectTimeout().plus(settings.readTimeout()).toMillis() + 5_000;
            return new Called.Done<>(future.get(bound, TimeUnit.MILLISECONDS));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Called.Failed<>(LineAnswers.failure(cause), cause);
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Called.Failed<>(new LineFailure.Timeout(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return new Called.Failed<>(new LineFailure.Unreachable("interrupted"), e);
        }
    }

    private MessagingApiClient client(ChannelCredentials channel) {
        String key = ChannelTokens.keyOf(channel);
        return clients.computeIfAbsent(
                key,
                k -> MessagingApiClient.builder(() -> tokens.cached(channel).orElse(""))
                        // The SDK's default wire log prints every request with its bearer token: never on.
                        .usingDefaultLogger(false)
                        .setEventListener(SendAtOnce.INSTANCE)
                        .apiEndPoint(settings.api("/"))
                        .connectTimeout(settings.connectTimeout())
                        .readTimeout(settings.readTimeout())
                        .maxRequests(settings.maxConcurrentCalls())
                        .maxRequestsPerHost(settings.maxConcurrentCalls())
                        .build());
    }
}
