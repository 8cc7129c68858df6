package io.lineengage.adapters.http.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.plugin.Plugin;
import io.lineengage.adapters.http.web.ApiAuthentication;
import io.lineengage.adapters.http.web.JsonBody;
import io.lineengage.adapters.http.web.Pagination;
import io.lineengage.application.port.in.gateway.GatewaysUseCase;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.gateway.Gateway;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.gateway.PriorityClass;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Gateways: POST, GET (list and one), PATCH, DELETE. */
final class GatewayRoutes extends Plugin<Void> {
    private static final Set<String> FIELDS =
            Set.of("lineAccountId", "weight", "priority", "activeFrom", "activeUntil", "isDefault");

    private final ObjectMapper json;
    private final GatewaysUseCase gateways;

    GatewayRoutes(ObjectMapper json, GatewaysUseCase gateways) {
        this.json = json;
        this.gateways = gateways;
    }

    @Override
    public void onInitialize(JavalinState state) {
        state.routes.post("/api/v1/gateways", this::create);
        state.routes.get(
                "/api/v1/gateways",
                ctx -> ctx.json(Pagination.body(
                        gateways.list(ApiAuthentication.orgOf(ctx), Pagination.request(ctx)), GatewayRoutes::body)));
        state.routes.get(
                "/api/v1/gateways/{id}",
                ctx -> ctx.json(body(gateways.get(ApiAuthentication.orgOf(ctx), new GatewayId(ctx.pathParam("id"))))));
        state.routes.patch("/api/v1/gateways/{id}", this::change);
        state.routes.delete("/api/v1/gateways/{id}", ctx -> {
            gateways.delete(ApiAuthentication.orgOf(ctx), new GatewayId(ctx.pathParam("id")));
            ctx.status(204);
        });
    }

    private static final String WEIGHT = "a whole number from 1 to 100";

    private void create(Context ctx) {
        OrgId org = ApiAuthentication.orgOf(ctx);
        JsonBody body = JsonBody.read(ctx, json, FIELDS);
        String account = body.requiredText("lineAccountId");
        Optional<Integer> weight = body.optionalInt("weight", WEIGHT);
        body.check(!body.has("weight"), "weight", "is required: 1 to 100");
        Optional<PriorityClass> priority = Optional.ofNullable(body.requiredEnum("priority", PriorityClass.class));
        Optional<Instant> from = body.optionalInstant("activeFrom");
        Optional<Instant> until = body.optionalInstant("activeUntil");
        Optional<Boolean> isDefault = body.optionalBoolean("isDefault");
        // The gateway's own rules too, so that one answer names every field at fault.
        weight.ifPresent(w ->
                Gateway.validate(w, from, until).list().forEach(error -> body.reject(error.field(), error.message())));
        body.validate();
        Gateway gateway = gateways.create(
                org,
                new GatewaysUseCase.NewGateway(
                        new LineAccountId(account),
                        weight.orElseThrow(),
                        priority.orElseThrow(),
                        from,
                        until,
                        isDefault.orElse(false)));
        ctx.status(201).header("Location", "/api/v1/gateways/" + gateway.id()).json(body(gateway));
    }

    private void change(Context ctx) {
        OrgId org = ApiAuthentication.orgOf(ctx);
        JsonBody body = JsonBody.read(ctx, json, FIELDS);
        if (body.has("lineAccountId")) {
            body.reject("lineAccountId", "cannot change: create another gateway for another account");
        }
        GatewaysUseCase.Changes changes = new GatewaysUseCase.Changes(
                body.optionalInt("weight", WEIGHT),
                body.optionalEnum("priority", PriorityClass.class),
                body.clearableInstant("activeFrom"),
                body.clearableInstant("activeUntil"),
                body.optionalBoolean("isDefault"));
        body.validate();
        ctx.json(body(gateways.change(org, new GatewayId(ctx.pathParam("id")), changes)));
    }

    private static Map<String, Object> body(Gateway gateway) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", gateway.id().value());
        body.put("lineAccountId", gateway.accountId().value());
        body.put("weight", gateway.weight());
        body.put("priority", gateway.priority().name());
        body.put("activeFrom", gateway.activeFrom().orElse(null));
        body.put("activeUntil", gateway.activeUntil().orElse(null));
        body.put("isDefault", gateway.isDefault());
        body.put("createdAt", gateway.createdAt());
        body.put("updatedAt", gateway.updatedAt());
        return body;
    }
}
