package io.lineengage.adapters.http.journey;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.plugin.Plugin;
import io.lineengage.adapters.http.web.ApiAuthentication;
import io.lineengage.adapters.http.web.JsonBody;
import io.lineengage.adapters.http.web.Pagination;
import io.lineengage.adapters.json.JsonLikeJackson;
import io.lineengage.application.port.in.journey.JourneysUseCase;
import io.lineengage.domain.journey.Journey;
import io.lineengage.domain.journey.JourneyId;
import io.lineengage.domain.journey.JourneyStatus;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.org.OrgId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Journeys: create, read, list, update (a new version), activate, pause, archive, and their counts. The body is the
 * journey's definition as {@code JourneyReader} reads it, beside its name.
 */
final class JourneyRoutes extends Plugin<Void> {
    private static final List<String> DEFINITION =
            List.of("trigger", "steps", "entry", "exit", "category", "gatewayId", "quietHours", "frequencyCap");
    private static final Set<String> FIELDS =
            Set.of("name", "trigger", "steps", "entry", "exit", "category", "gatewayId", "quietHours", "frequencyCap");

    private final ObjectMapper json;
    private final JourneysUseCase journeys;

    JourneyRoutes(ObjectMapper json, JourneysUseCase journeys) {
        this.json = json;
        this.journeys = journeys;
    }

    @Override
    public void onInitialize(JavalinState state) {
        state.routes.post("/api/v1/journeys", this::create);
        state.routes.get(
                "/api/v1/journeys",
                ctx -> ctx.json(Pagination.body(
                        journeys.list(ApiAuthentication.orgOf(ctx), Pagination.request(ctx)), JourneyRoutes::body)));
        state.routes.get(
                "/api/v1/journeys/{id}", ctx -> ctx.json(body(journeys.get(ApiAuthentication.orgOf(ctx), id(ctx)))));
        state.routes.patch("/api/v1/journeys/{id}", this::update);
        state.routes.post("/api/v1/journeys/{id}/activate", ctx -> move(ctx, JourneyStatus.ACTIVE));
        state.routes.post("/api/v1/journeys/{id}/pause", ctx -> move(ctx, JourneyStatus.PAUSED));
        state.routes.post("/api/v1/journeys/{id}/archive", ctx -> move(ctx, JourneyStatus.ARCHIVED));
        state.routes.get("/api/v1/journeys/{id}/stats", this::stats);
    }

    private void create(Context ctx) {
        OrgId org = ApiAuthentication.orgOf(ctx);
        JsonBody body = JsonBody.read(ctx, json, FIELDS);
        String name = body.requiredText("name");
        Map<String, JsonLike> definition = definition(body);
        body.validate();
        Journey journey = journeys.create(org, name, new JsonLike.JObject(definition));
        ctx.status(201).header("Location", "/api/v1/journeys/" + journey.id()).json(body(journey));
    }

    /** Fields of the definition that are given replace those of the current version; the rest stay. */
    private void update(Context ctx) {
        OrgId org = ApiAuthentication.orgOf(ctx);
        JsonBody body = JsonBody.read(ctx, json, FIELDS);
        Optional<String> name = Optional.ofNullable(body.optionalText("name"));
        Map<String, JsonLike> given = definition(body);
        if (name.isEmpty() && given.isEmpty()) {
            body.reject("name", "name or a part of the definition (" + String.join(", ", DEFINITION) + ") is required");
        }
        body.validate();
        Optional<JsonLike> definition = Optional.empty();
        if (!given.isEmpty()) {
            Map<String, JsonLike> merged = new LinkedHashMap<>();
            if (journeys.get(org, id(ctx)).definition().source() instanceof JsonLike.JObject current) {
                merged.putAll(current.fields());
            }
            merged.putAll(given);
            definition = Optional.of(new JsonLike.JObject(merged));
        }
        ctx.json(body(journeys.update(org, id(ctx), name, definition)));
    }

    private void move(Context ctx, JourneyStatus to) {
        ctx.json(body(journeys.move(ApiAuthentication.orgOf(ctx), id(ctx), to)));
    }

    private void stats(Context ctx) {
        JourneysUseCase.JourneyStats stats = journeys.stats(ApiAuthentication.orgOf(ctx), id(ctx));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("entered", stats.entered());
        answer.put("active", stats.active());
        answer.put("done", stats.done());
        answer.put("exited", stats.exited());
        answer.put(
                "steps",
                stats.steps().stream()
                        .map(step -> {
                            Map<String, Object> item = new LinkedHashMap<>();
                            item.put("step", step.step());
                            item.put("type", step.kind());
                            item.put("here", step.here());
                            item.put("outcomes", step.outcomes());
                            return item;
                        })
                        .toList());
        ctx.json(answer);
    }

    private static Map<String, JsonLike> definition(JsonBody body) {
        Map<String, JsonLike> definition = new LinkedHashMap<>();
        for (String field : DEFINITION) {
            body.optionalJson(field).ifPresent(value -> definition.put(field, value));
        }
        return definition;
    }

    private static JourneyId id(Context ctx) {
        return new JourneyId(ctx.pathParam("id"));
    }

    private static Map<String, Object> body(Journey journey) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", journey.id().value());
        body.put("name", journey.name());
        body.put("status", journey.status().name());
        body.put("version", journey.version());
        if (journey.definition().source() instanceof JsonLike.JObject definition) {
            for (String field : DEFINITION) {
                JsonLike value = definition.fields().get(field);
                if (value != null) {
                    body.put(field, JsonLikeJackson.node(value));
                }
            }
        }
        body.put("createdAt", journey.createdAt());
        body.put("updatedAt", journey.updatedAt());
        return body;
    }
}
