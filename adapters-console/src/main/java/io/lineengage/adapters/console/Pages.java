package io.lineengage.adapters.console;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.lineengage.adapters.console.view.Chrome;
import io.lineengage.domain.error.NotFoundException;
import io.lineengage.domain.org.OrgId;
import java.util.HashMap;
import java.util.Map;

/** What the areas share: rendering a page in its frame, the signed-in org, and a page for what does not exist. */
final class Pages {
    static final String SESSION = "console.session";

    private final Views views;

    Pages(Views views) {
        this.views = views;
    }

    static Sessions.Session session(Context ctx) {
        return ctx.attribute(SESSION);
    }

    static OrgId org(Context ctx) {
        return session(ctx).orgId();
    }

    /** Renders {@code template} with the frame's values and the page's own. */
    void page(Context ctx, String template, String title, String section, Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("chrome", new Chrome(title, section, session(ctx).csrf()));
        views.render(ctx, template, all);
    }

    /** A fragment htmx swaps into a page (no frame). */
    void fragment(Context ctx, String template, Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("csrf", session(ctx).csrf());
        views.render(ctx, template, all);
    }

    void plain(Context ctx, String template, Map<String, Object> params) {
        views.render(ctx, template, params);
    }

    /** A handler whose "no such thing" is a console page (404), not the API's problem+json. */
    Handler guarded(Handler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (NotFoundException e) {
                ctx.status(404);
                page(ctx, "notfound.jte", "Not found", "", Map.of("message", e.getMessage()));
            }
        };
    }
}
