package io.lineengage.adapters.http.template;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.plugin.Plugin;
import io.lineengage.adapters.http.web.ApiAuthentication;
import io.lineengage.adapters.http.web.JsonBody;
import io.lineengage.adapters.http.web.Pagination;
import io.lineengage.adapters.json.JsonLikeJackson;
import io.lineengage.application.port.in.template.TemplatesUseCase;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.line.LineFailure;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.template.Rendering;
import io.lineengage.domain.template.Template;
import io.lineengage.domain.template.TemplateId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Message templates and their per-customer preview. */
final class TemplateRoutes extends Plugin<Void> {
    private static final Set<String> FIELDS = Set.of("name", "messages", "notificationDisabled", "trackClicks");

    private final ObjectMapper json;
    private final TemplatesUseCase templates;

    TemplateRoutes(ObjectMapper json, TemplatesUseCase templates) {
        this.json = json;
        this.templates = templates;
    }

    @Override
    public void onInitialize(JavalinState state) {
        state.routes.post("/api/v1/templates", this::create);
        state.routes.get(
                "/api/v1/templates",
                ctx -> ctx.json(Pagination.body(
                        templates.list(ApiAuthentication.orgOf(ctx), Pagination.request(ctx)), TemplateRoutes::body)));
        state.routes.get(
                "/api/v1/templates/{id}", ctx -> ctx.json(body(templates.get(ApiAuthentication.orgOf(ctx), id(ctx)))));
        state.routes.put("/api/v1/templates/{id}", this::update);
        state.routes.delete("/api/v1/templates/{id}", ctx -> {
            templates.delete(ApiAuthentication.orgOf(ctx), id(ctx));
            ctx.status(204);
        });
        state.routes.post("/api/v1/templates/{id}/preview", this::preview);
    }

    private void create(Context ctx) {
        OrgId org = ApiAuthentication.orgOf(ctx);
        JsonBody body = JsonBody.read(ctx, json, FIELDS);
        String name = body.requiredText("name");
        JsonLike messages = body.requiredJson("messages", "1 to 5 LINE message objects");
        Optional<Boolean> quiet = body.optionalBoolean("notificationDisabled");
        Optional<Boolean> tracked = body.optionalBoolean("trackClicks");
        body.validate();
        Template template = templates.create(org, name, messages, quiet.orElse(false), tracked.orElse(false));
        ctx.status(201).header("Location", "/api/v1/templates/" + template.id()).json(body(template));
    }

    private void update(Context ctx) {
        OrgId org = ApiAuthentication.orgOf(ctx);
        JsonBody body = JsonBody.read(ctx, json, FIELDS);
        Optional<String> name = Optional.ofNullable(body.optionalText("name"));
        Optional<JsonLike> messages = body.optionalJson("messages");
        Optional<Boolean> quiet = body.optionalBoolean("notificationDisabled");
        Optional<Boolean> tracked = body.optionalBoolean("trackClicks");
        if (name.isEmpty() && messages.isEmpty() && quiet.isEmpty() && tracked.isEmpty()) {
            body.reject("messages", "name, messages, notificationDisabled or trackClicks is required");
        }
        body.validate();
        ctx.json(body(templates.update(org, id(ctx), name, messages, quiet, tracked)));
    }

    private void preview(Context ctx) {
        OrgId org = ApiAuthentication.orgOf(ctx);
        JsonBody body = JsonBody.read(ctx, json, Set.of("customerId", "lineAccountId"));
        String customer = body.requiredText("customerId");
        Optional<LineAccountId> account =
                Optional.ofNullable(body.optionalText("lineAccountId")).map(LineAccountId::new);
        body.validate();
        TemplatesUseCase.Preview preview = templates.preview(org, id(ctx), new CustomerId(customer), account);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("customerId", customer);
        if (preview.rendering() instanceof Rendering.Rendered rendered) {
            answer.put("status", "RENDERED");
            answer.put("messages", JsonLikeJackson.node(rendered.messages()));
        } else {
            Rendering.Skipped skipped = (Rendering.Skipped) preview.rendering();
            answer.put("status", "SKIPPED");
            answer.put("reason", skipped.reason());
            answer.put("detail", skipped.detail());
        }
        preview.line().ifPresent(verdict -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("ok", verdict.ok());
            verdict.failure().ifPresent(failure -> {
                line.put("error", failure.getClass().getSimpleName());
                if (failure instanceof LineFailure.InvalidRequest invalid) {
                    line.put("message", invalid.message());
                    line.put(
                            "details",
                            invalid.details().stream()
                                    .map(detail -> {
                                        Map<String, Object> item = new LinkedHashMap<>();
                                        item.put("property", detail.property());
                                        item.put("message", detail.message());
                                        return item;
                                    })
                                    .toList());
                }
            });
            answer.put("lineValidation", line);
        });
        ctx.json(answer);
    }

    private static TemplateId id(Context ctx) {
        return new TemplateId(ctx.pathParam("id"));
    }

    private static Map<String, Object> body(Template template) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", template.id().value());
        body.put("name", template.name());
        body.put("messages", JsonLikeJackson.node(template.messages()));
        body.put("notificationDisabled", template.notificationDisabled());
        body.put("trackClicks", template.trackClicks());
        body.put("personalized", template.personalized());
        body.put("createdAt", template.createdAt());
        body.put("updatedAt", template.updatedAt());
        return body;
    }
}
