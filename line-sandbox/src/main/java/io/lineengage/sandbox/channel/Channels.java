package io.lineengage.sandbox.channel;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Every simulated channel, the users they share (one provider), and the access tokens that open them. */
public final class Channels {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Channel> byId = new ConcurrentHashMap<>();
    private final Map<String, IssuedToken> tokens = new ConcurrentHashMap<>();
    private final Map<String, Profile> users = new ConcurrentHashMap<>();
    private final AtomicLong nextChannelId = new AtomicLong(2_000_000_001L);

    private record IssuedToken(Channel channel, Instant expiresAt) {}

    /** A new channel; missing credentials are generated. Fails when the channel ID or token is taken. */
    public Channel create(String channelId, String channelSecret, String accessToken, String displayName) {
        String id = channelId != null ? channelId : Long.toString(nextChannelId.getAndIncrement());
        String secret = channelSecret != null ? channelSecret : hex(16);
        String token = accessToken != null ? accessToken : "sandbox-" + hex(24);
        Channel channel =
                new Channel(id, secret, token, newUserId(), displayName != null ? displayName : "Sandbox " + id);
        if (byId.putIfAbsent(id, channel) != null) {
            throw new IllegalArgumentException("channel " + id + " exists");
        }
        if (tokens.putIfAbsent(token, new IssuedToken(channel, null)) != null) {
            byId.remove(id);
            throw new IllegalArgumentException("that access token belongs to another channel");
        }
        return channel;
    }

    public Optional<Channel> byId(String channelId) {
        return Optional.ofNullable(byId.get(channelId));
    }

    public Collection<Channel> all() {
        return byId.values();
    }

    /** The channel this bearer token opens now: known, not expired, not revoked. */
    public Optional<Channel> byToken(String token, Instant now) {
        IssuedToken issued = token == null ? null : tokens.get(token);
        if (issued == null) {
            return Optional.empty();
        }
        if (issued.expiresAt() == null) {
            return issued.channel().accessTokenRevoked() ? Optional.empty() : Optional.of(issued.channel());
        }
        if (!issued.expiresAt().isAfter(now)) {
            tokens.remove(token, issued);
            return Optional.empty();
        }
        return Optional.of(issued.channel());
    }

    /** Issues a token valid for {@code ttlSeconds}, as LINE's token endpoints do. */
    public String issueToken(Channel channel, long ttlSeconds, Instant now) {
        String token = "issued-" + hex(24);
        tokens.put(token, new IssuedToken(channel, now.plusSeconds(ttlSeconds)));
        return token;
    }

    /** Every token of the channel stops working; newly issued ones work again (as after a revocation at LINE). */
    public void revokeTokens(Channel channel) {
        channel.accessTokenRevoked(true);
        tokens.values().removeIf(issued -> issued.channel() == channel && issued.expiresAt() != null);
    }

    public void restoreAccessToken(Channel channel) {
        channel.accessTokenRevoked(false);
    }

    /** The user known under {@code userId} (from any channel of this provider), or a new simulated one. */
    public Profile user(String userId, String displayNamePrefix, String language) {
        return users.computeIfAbsent(
                userId,
                id -> new Profile(
                        id,
                        (displayNamePrefix != null ? displayNamePrefix : "User ") + id.substring(1, 7),
                        "https://sandbox.line.example/profile/" + id + ".png",
                        language != null ? language : "ja",
                        null));
    }

    public Profile newUser(String displayNamePrefix, String language) {
        return user(newUserId(), displayNamePrefix, language);
    }

    private static String newUserId() {
        return "U" + hex(16);
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
