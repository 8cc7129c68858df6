package io.lineengage.adapters.http.web;

import io.javalin.http.Context;
import io.lineengage.application.port.in.org.AuthenticateApiKeyUseCase;
import io.lineengage.domain.org.OrgId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/**
 * Guards {@code /api/v1}: the admin token for {@code /api/v1/admin/...}, an active org API key for everything
 * else. The authenticated org is kept on the request; handlers read it with {@link #orgOf(Context)}.
 */
public final class ApiAuthentication {
    private static final String ORG_ATTRIBUTE = "line-engage.org";
    private static final String ADMIN_PREFIX = "/api/v1/admin";

    private final byte[] adminToken;
    private final AuthenticateApiKeyUseCase apiKeys;

    ApiAuthentication(HttpSettings settings, AuthenticateApiKeyUseCase apiKeys) {
        this.adminToken = settings.adminToken().getBytes(StandardCharsets.UTF_8);
        this.apiKeys = apiKeys;
    }

    void authenticate(Context ctx) {
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
        return new ProblemException(Problem.of("unauthorized", "Unauthorized", 401, detail),
                Map.of("WWW-Authenticate", "Bearer"));
    }
}
