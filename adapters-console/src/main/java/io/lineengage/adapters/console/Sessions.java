package io.lineengage.adapters.console;

import io.lineengage.domain.org.OrgId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signed-in consoles, kept in this instance's memory: an unguessable ID in an HttpOnly cookie, a CSRF token per
 * session, an idle and an absolute expiry. Behind a load balancer the console needs sticky sessions (said in the
 * README); the API itself needs none.
 */
final class Sessions {
    /** One signed-in browser. */
    record Session(String id, OrgId orgId, String csrf, Instant createdAt, Instant lastSeen) {}

    private final Map<String, Session> byId = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final ConsoleSettings settings;
    private final Clock clock;

    Sessions(ConsoleSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    Session start(OrgId orgId) {
        Instant now = clock.instant();
        Session session = new Session(token(), orgId, token(), now, now);
        byId.put(session.id(), session);
        byId.values().removeIf(old -> expired(old, now));
        return session;
    }

    /** The live session of this ID, its idle clock restarted; empty when unknown or expired. */
    Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Session session = byId.get(id);
        if (session == null) {
            return Optional.empty();
        }
        if (expired(session, now)) {
            byId.remove(id);
            return Optional.empty();
        }
        Session touched = new Session(session.id(), session.orgId(), session.csrf(), session.createdAt(), now);
        byId.put(id, touched);
        return Optional.of(touched);
    }

    void end(String id) {
        if (id != null) {
            byId.remove(id);
        }
    }

    private boolean expired(Session session, Instant now) {
        return !session.lastSeen().plus(settings.idleTimeout()).isAfter(now)
                || !session.createdAt().plus(settings.maxAge()).isAfter(now);
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
