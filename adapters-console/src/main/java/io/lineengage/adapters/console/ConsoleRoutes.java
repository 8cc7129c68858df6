package io.lineengage.adapters.console;

import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.javalin.plugin.Plugin;
import io.lineengage.application.port.in.org.AuthenticateApiKeyUseCase;
import io.lineengage.domain.org.OrgId;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The console under /console: sign-in with an org API key, a session cookie (HttpOnly, SameSite=Strict, Secure behind
 * HTTPS), a CSRF token required on every POST, and the areas' pages, each scoped to the signed-in org.
 */
final class ConsoleRoutes extends Plugin<Void> {
    static final String COOKIE = "le_console";
    private static final Map<String, String> ASSETS = Map.of(
            "htmx.min.js", "META-INF/resources/webjars/htmx.org/2.0.4/dist/htmx.min.js",
            "console.css", "console/console.css");

    private final Sessions sessions;
    private final Pages pages;
    private final AuthenticateApiKeyUseCase authenticate;
    private final List<ConsolePage> areas;

    ConsoleRoutes(Sessions sessions, Views views, AuthenticateApiKeyUseCase authenticate, List<ConsolePage> areas) {
        this.sessions = sessions;
        this.pages = new Pages(views);
        this.authenticate = authenticate;
        this.areas = List.copyOf(areas);
    }

    @Override
    public void onInitialize(JavalinState state) {
        state.routes.get("/console/assets/{file}", this::asset);
        state.routes.before("/console", this::guard);
        state.routes.before("/console/*", this::guard);
        state.routes.get("/console", ctx -> ctx.redirect("/console/overview"));
        state.routes.get("/console/sign-in", ctx -> signInPage(ctx, Optional.empty()));
        state.routes.post("/console/sign-in", this::signIn);
        state.routes.post("/console/sign-out", this::signOut);
        areas.forEach(area -> area.register(state.routes, pages));
    }

    private void guard(Context ctx) {
        String path = ctx.path();
        if (path.startsWith("/console/assets/") || path.equals("/console/sign-in")) {
            return;
        }
        Optional<Sessions.Session> session = sessions.find(ctx.cookie(COOKIE));
        if (session.isEmpty()) {
            if (ctx.header("HX-Request") != null) {
                ctx.header("HX-Redirect", "/console/sign-in").status(401);
            } else {
                ctx.redirect("/console/sign-in");
            }
            ctx.skipRemainingHandlers();
            return;
        }
        if (ctx.method().name().equals("POST") && !csrfMatches(ctx, session.get())) {
            ctx.status(403).contentType("text/plain; charset=utf-8").result("The form is stale: reload the page.");
            ctx.skipRemainingHandlers();
            return;
        }
        ctx.attribute(Pages.SESSION, session.get());
    }

    private static boolean csrfMatches(Context ctx, Sessions.Session session) {
        String presented = ctx.header("X-CSRF-Token");
        if (presented == null) {
            presented = ctx.formParam("_csrf");
        }
        return presented != null
                && MessageDigest.isEqual(
                        presented.getBytes(StandardCharsets.UTF_8),
                        session.csrf().getBytes(StandardCharsets.UTF_8));
    }

    private void signInPage(Context ctx, Optional<String> error) {
        pages.plain(ctx, "signin.jte", Map.of("error", error.orElse("")));
    }

    private void signIn(Context ctx) {
        String key = Optional.ofNullable(ctx.formParam("apiKey")).orElse("").strip();
        Optional<OrgId> org = key.isEmpty() || key.length() > 200 ? Optional.empty() : authenticate.authenticate(key);
        if (org.isEmpty()) {
            ctx.status(401);
            signInPage(ctx, Optional.of("That API key is not valid. Ask your admin for an org API key."));
            return;
        }
        sessions.end(ctx.cookie(COOKIE));
        Sessions.Session session = sessions.start(org.get());
        ctx.cookie(cookie(ctx, session.id(), -1));
        ctx.redirect("/console/overview");
    }

    private void signOut(Context ctx) {
        sessions.end(ctx.cookie(COOKIE));
        ctx.cookie(cookie(ctx, "", 0));
        ctx.redirect("/console/sign-in");
    }

    /** HttpOnly and SameSite=Strict always; Secure when the browser came over HTTPS (directly or via a proxy). */
    private static Cookie cookie(Context ctx, String value, int maxAge) {
        boolean https =
                "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
        return new Cookie(COOKIE, value, "/console", maxAge, https, true, null, SameSite.STRICT);
    }

    private void asset(Context ctx) {
        String resource = ASSETS.get(ctx.pathParam("file"));
        InputStream stream =
                resource == null ? null : getClass().getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            ctx.status(404).result("");
            return;
        }
        ctx.header("Cache-Control", "public, max-age=3600");
        ctx.contentType(resource.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8");
        ctx.result(stream);
    }
}
