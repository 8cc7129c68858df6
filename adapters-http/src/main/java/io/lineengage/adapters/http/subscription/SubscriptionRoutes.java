package io.lineengage.adapters.http.subscription;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.plugin.Plugin;
import io.lineengage.adapters.http.web.ApiAuthentication;
import io.lineengage.adapters.http.web.JsonBody;
import io.lineengage.application.port.in.subscription.ChangeConsentCommand;
import io.lineengage.application.port.in.subscription.ChangeConsentUseCase;
import io.lineengage.application.port.in.subscription.GetSubscriptionUseCase;
import io.lineengage.application.port.in.subscription.SubscriptionView;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.subscription.ConsentCategory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A LINE user's status with an account, their consents, and the history of both. */
final class SubscriptionRoutes extends Plugin<Void> {
    private static final String BASE = "/api/v1/line-accounts/{id}/subscriptions/{lineUserId}";

    private final ObjectMapper json;
    private final GetSubscriptionUseCase subscriptions;
    private final ChangeConsentUseCase consents;

    SubscriptionRoutes(ObjectMapper json, GetSubscriptionUseCase subscriptions, ChangeConsentUseCase consents) {
        this.json = json;
        this.subscriptions = subscriptions;
        this.consents = consents;
    }

    @Override
    public void onInitialize(JavalinState state) {
        state.routes.get(
                BASE,
                ctx -> ctx.json(body(
                        subscriptions.get(ApiAuthentication.orgOf(ctx), account(ctx), ctx.pathParam("lineUserId")))));
        state.routes.put(BASE + "/consents", this::changeConsent);
        state.routes.get(BASE + "/history", this::history);
    }

    private void changeConsent(Context ctx) {
        OrgId org = ApiAuthentication.orgOf(ctx);
        JsonBody body = JsonBody.read(ctx, json, Set.of("category", "optedIn"));
        ConsentCategory parsed = body.requiredEnum("category", ConsentCategory.class);
        Boolean optedIn = body.requiredBoolean("optedIn");
        body.validate();
        ctx.json(body(consents.change(
                new ChangeConsentCommand(org, account(ctx), ctx.pathParam("lineUserId"), parsed, optedIn, "api"))));
    }

    private void history(Context ctx) {
        GetSubscriptionUseCase.History history =
                subscriptions.history(ApiAuthentication.orgOf(ctx), account(ctx), ctx.pathParam("lineUserId"));
        List<Map<String, Object>> statuses = history.statusChanges().stream()
                .map(change -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("from", change.from());
                    item.put("to", change.to());
                    item.put("eventAt", change.evidence().occurredAt());
                    item.put("eventId", change.evidence().eventId());
                    item.put("source", change.evidence().source());
                    item.put("recordedAt", change.recordedAt());
                    return item;
                })
                .toList();
        List<Map<String, Object>> decisions = history.consentChanges().stream()
                .map(change -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("category", change.category());
                    item.put("optedIn", change.optedIn());
                    item.put("source", change.source());
                    item.put("changedAt", change.changedAt());
                    return item;
                })
                .toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("statusChanges", statuses);
        body.put("consentChanges", decisions);
        ctx.json(body);
    }

    private static Map<String, Object> body(SubscriptionView view) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", view.status());
        body.put("since", view.since().orElse(null));
        Map<String, Boolean> consents = new LinkedHashMap<>();
        for (ConsentCategory category : ConsentCategory.values()) {
            consents.put(category.name(), view.consents().get(category));
        }
        body.put("consents", consents);
        return body;
    }

    private static LineAccountId account(Context ctx) {
        return new LineAccountId(ctx.pathParam("id"));
    }

    @Override
    public String name() {
        return "line-engage-subscriptions";
    }
}
