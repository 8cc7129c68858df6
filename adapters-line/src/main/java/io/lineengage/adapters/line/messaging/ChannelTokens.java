package io.lineengage.adapters.line.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.lineengage.domain.account.ChannelCredentials;
import io.lineengage.domain.line.LineFailure;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens per channel: the long-lived token as given, or stateless tokens (15 minutes at LINE) issued from
 * the channel ID and secret, kept and renewed before they expire, so that no call fails because a token ran out.
 */
final class ChannelTokens {
    private static final Duration MOST_RENEWAL_MARGIN = Duration.ofMinutes(2);

    private final LineHttp http;
    private final Clock clock;
    private final Map<String, IssuedToken> issued = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    private record IssuedToken(String token, Instant renewAt) {}

    ChannelTokens(LineHttp http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    /** A token that is valid now: LINE's failure when one could not be issued. */
    Token current(ChannelCredentials channel) {
        if (channel.longLivedToken().isPresent()) {
            return new Token.Valid(channel.longLivedToken().get());
        }
        String key = keyOf(channel);
        IssuedToken token = issued.get(key);
        if (token != null && clock.instant().isBefore(token.renewAt())) {
            return new Token.Valid(token.token());
        }
        // One issue per channel at a time; the others wait for it and reuse the result.
        synchronized (locks.computeIfAbsent(key, id -> new Object())) {
            token = issued.get(key);
            if (token != null && clock.instant().isBefore(token.renewAt())) {
                return new Token.Valid(token.token());
            }
            return issue(channel);
        }
    }

    /** Forgets the channel's issued token (LINE refused it): the next call issues a new one. */
    void forget(ChannelCredentials channel) {
        issued.remove(keyOf(channel));
    }

    /**
     * Tokens belong to the credentials they were made from: the channel and a fingerprint of its secret (or of its
     * long-lived token), so that changed credentials are used, and checked, at once.
     */
    static String keyOf(ChannelCredentials channel) {
        String credential =
                channel.longLivedToken().map(token -> "token:" + token).orElse("secret:" + channel.channelSecret());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(credential.getBytes(StandardCharsets.UTF_8));
            return channel.channelId() + "|" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The token the SDK should put on a call now, without issuing (the caller made sure one is current). */
    Optional<String> cached(ChannelCredentials channel) {
        return channel.longLivedToken()
                .or(() -> Optional.ofNullable(issued.get(keyOf(channel))).map(IssuedToken::token));
    }

    sealed interface Token {
        record Valid(String value) implements Token {}

        record Refused(LineFailure failure) implements Token {}
    }

    private Token issue(ChannelCredentials channel) {
        Instant askedAt = clock.instant();
        String form = "grant_type=client_credentials&client_id=" + encode(channel.channelId()) + "&client_secret="
                + encode(channel.channelSecret());
        LineHttp.Answer answer =
                http.send(HttpRequest.newBuilder(http.settings().api("/oauth2/v3/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (answer instanceof LineHttp.Answer.Failed failed) {
            return new Token.Refused(failed.failure());
        }
        JsonNode body = ((LineHttp.Answer.Ok) answer).body();
        String token = body.path("access_token").asText(null);
        long expiresIn = body.path("expires_in").asLong(0);
        if (token == null || expiresIn <= 0) {
            return new Token.Refused(new LineFailure.ServerError(200, "LINE's token answer had no token"));
        }
        Duration lifetime = Duration.ofSeconds(expiresIn);
        Duration margin =
                lifetime.dividedBy(5).compareTo(MOST_RENEWAL_MARGIN) < 0 ? lifetime.dividedBy(5) : MOST_RENEWAL_MARGIN;
        issued.put(keyOf(channel), new IssuedToken(token, askedAt.plus(lifetime).minus(margin)));
        return new Token.Valid(token);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
