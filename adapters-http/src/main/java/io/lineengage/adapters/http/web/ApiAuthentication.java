package io.lineengage.adapters.http.web;

import io.javalin.http.Context;
import io.lineengage.application.port.in.org.AuthenticateApiKeyUseCase;
import io.lineengage.domain.org.OrgId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Guards {@code /api/v1}: the admin token for {@code /api/v1/admin/...}, an active org API key for everything
 * else. The authenticated org is kept on the request; handlers read it with {@link #orgOf(Context)}.
 */
public final class ApiAuthentication {
    private static final String ORG_ATTRIBUTE = "line-engage.org";
    private static final String ADMIN_PREFIX = "/api/v1/admin";

    /** Failed authentications an address may make a minute before it must wait (scripts with a typo stay far below). */
    static final int FAILURES_ALLOWED = 20;

    static final Duration FAILURE_WINDOW = Duration.ofMinutes(1);

    private final byte[] adminToken;
    private final AuthenticateApiKeyUseCase apiKeys;
    private final FailedAuthentications failures;

    ApiAuthentication(HttpSettings settings, AuthenticateApiKeyUseCase apiKeys, Clock clock) {
        this.adminToken = settings.adminToken().getBytes(StandardCharsets.UTF_8);
        this.apiKeys = apiKeys;
        this.failures = new FailedAuthentications(FAILURES_ALLOWED, FAILURE_WINDOW, clock);
    }

    /** Only /api/v1 is guarded: LINE's webhooks (signed, from LINE's servers) are never throttled here. */
    void authenticate(Context ctx) {
        String address = ctx.ip();
        Optional<Duration> wait = failures.refusedFor(address);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            throw new ProblemException(
                    Problem.of(
                            "too-many-failures",
                            "Too many failed authentications",
                            429,
                            "Too many wrong tokens or keys from this address; try again in " + seconds + " s."),
                    Map.of("Retry-After", Long.toString(seconds)));
        }
        try {
            check(ctx);
        } catch (ProblemException e) {
            failures.failed(address);
            throw e;
        }
    }

    private void check(Context ctx) {
        String token = bearerToken(ctx);
        if (ctx.path().equals(ADMIN_PREFIX) || ctx.path().startsWith(ADMIN_PREFIX + "/")) {
            // Constant-time, so the token cannot be guessed byte by byte from response times.
            if (!MessageDigest.isEqual(adminToken, token.getBytes(StandardCharsets.UTF_8))) {
                throw unauthorized("The admin token is wrong.");
            }
            return;
        }
        OrgId org = apiKeys.authenticate(token).orElseThrow(() -> unauthorized("The API key is unknown or revoked."));
        ctx.attribute(ORG_ATTRIBUTE, org);
    }

    /** The org whose API key authenticated this request. */
    public static OrgId orgOf(Context ctx) {
        OrgId org = ctx.attribute(ORG_ATTRIBUTE);
        if (org == null) {
            throw new IllegalStateException("orgOf called on a route outside /api/v1");
        }
        return org;
    }

    private static String bearerToken(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw unauthorized("An Authorization: Bearer <token> header is required.");
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw unauthorized("The Authorization header must use the Bearer scheme.");
        }
        return header.substring(7).strip();
    }

    private static ProblemException unauthorized(String detail) {
        return new ProblemException(
                Problem.of("unauthorized", "Unauthorized", 401, detail), Map.of("WWW-Authenticate", "Bearer"));
    }
}
