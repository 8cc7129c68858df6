package io.lineengage.sandbox.channel;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reply tokens a channel's webhooks carried: each for one user, usable once, for a minute after its event (as
 * LINE's are, LINE-PLATFORM.md). Spent and expired tokens are forgotten.
 */
public final class ReplyTokens {
    public static final Duration VALID_FOR = Duration.ofMinutes(1);

    private record Issued(String userId, Instant until) {}

    private final Map<String, Issued> tokens = new ConcurrentHashMap<>();

    public void issue(String token, String userId, Instant at) {
        tokens.put(token, new Issued(userId, at.plus(VALID_FOR)));
        if (tokens.size() > 10_000) {
            tokens.values().removeIf(issued -> issued.until().isBefore(at));
        }
    }

    /** The user the token answers, once: empty when unknown, spent or expired. */
    public Optional<String> use(String token, Instant now) {
        Issued issued = tokens.remove(token);
        return issued == null || !now.isBefore(issued.until()) ? Optional.empty() : Optional.of(issued.userId());
    }
}
