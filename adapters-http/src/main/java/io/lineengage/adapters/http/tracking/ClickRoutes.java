package io.lineengage.adapters.http.tracking;

import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.plugin.Plugin;
import io.lineengage.application.port.in.tracking.FollowTrackedLinkUseCase;
import java.util.Optional;

/**
 * {@code GET /c/{token}}, without authentication (customers open it in LINE): a known token records the click and
 * redirects (302) to the URL its link was sent for; anything else is a small 404 page and goes nowhere.
 */
final class ClickRoutes extends Plugin<Void> {
    private static final String NOT_FOUND_PAGE = "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width\"><title>Link not found</title>"
            + "<p>This link is not known. It may have been copied incompletely.</p></html>";

    private final FollowTrackedLinkUseCase links;

    ClickRoutes(FollowTrackedLinkUseCase links) {
        this.links = links;
    }

    @Override
    public void onInitialize(JavalinState state) {
        state.routes.get("/c/{token}", this::follow);
    }

    private void follow(Context ctx) {
        Optional<String> url = links.follow(ctx.pathParam("token"));
        // Each open is a click: nothing may keep the redirect, and the token is not passed on to the site.
        ctx.header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer");
        if (url.isEmpty()) {
            ctx.status(404).contentType("text/html; charset=utf-8").result(NOT_FOUND_PAGE);
            return;
        }
        ctx.status(302).header("Location", url.get());
    }
}
