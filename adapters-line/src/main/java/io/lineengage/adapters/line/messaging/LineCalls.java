package io.lineengage.adapters.line.messaging;

import com.linecorp.bot.client.base.Result;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import io.lineengage.domain.account.ChannelCredentials;
import io.lineengage.domain.line.LineFailure;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/** Calls through the official SDK with a channel's current token: one SDK client per channel, shared by the adapters. */
final class LineCalls {
    private final LineSettings settings;
    private final ChannelTokens tokens;
    private final LineHttp http;
    private final Map<String, MessagingApiClient> clients = new ConcurrentHashMap<>();

    LineCalls(LineSettings settings, ChannelTokens tokens, LineHttp http) {
        this.settings = settings;
        this.tokens = tokens;
        this.http = http;
    }

    LineSettings settings() {
        return settings;
    }

    ChannelTokens tokens() {
        return tokens;
    }

    /** Plain HTTP to LINE, for the few calls the SDK does not make. */
    LineHttp http() {
        return http;
    }

    /** What one SDK call came to: LINE's result, or the failure (409 included, for the senders to read). */
    sealed interface Called<R> {
        record Done<R>(Result<R> result) implements Called<R> {}

        record Failed<R>(LineFailure failure, Throwable cause) implements Called<R> {}
    }

    /**
     * One SDK call with a current token. An issued token that LINE refuses is forgotten and the call made once more
     * with a fresh one: a 401 means LINE did not act on the call, so repeating it (with the same retry key) is safe.
     */
    <R> Called<R> call(
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
