package io.lineengage.adapters.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import io.lineengage.adapters.console.view.Rows;
import io.lineengage.adapters.console.view.TemplateForm;
import io.lineengage.adapters.json.JsonLikeJackson;
import io.lineengage.application.port.in.account.FindLineAccountsUseCase;
import io.lineengage.application.port.in.customer.LookupUseCase;
import io.lineengage.application.port.in.template.TemplatesUseCase;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.error.FieldError;
import io.lineengage.domain.error.NotFoundException;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.PageRequest;
import io.lineengage.domain.template.Rendering;
import io.lineengage.domain.template.Template;
import io.lineengage.domain.template.TemplateId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Templates: the list, and an editor of LINE's JSON whose faults show at their paths, with helpers that add a text, an
 * image or a card, a phone-like preview for a chosen member with the labels filled, and LINE's own check on demand.
 */
final class TemplatesPage implements ConsolePage {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> HELPERS = Map.of(
            "add-text", "{\"type\":\"text\",\"text\":\"Hello {{name|there}}\"}",
            "add-image",
                    "{\"type\":\"image\",\"originalContentUrl\":\"https://example.com/image.jpg\","
                            + "\"previewImageUrl\":\"https://example.com/preview.jpg\"}",
            "add-card",
                    "{\"type\":\"template\",\"altText\":\"A card\",\"template\":{\"type\":\"buttons\",\"title\":\"Title\","
                            + "\"text\":\"Text\",\"actions\":[{\"type\":\"uri\",\"label\":\"Open\","
                            + "\"uri\":\"https://example.com\"}]}}");

    private final TemplatesUseCase templates;
    private final FindLineAccountsUseCase accounts;
    private final LookupUseCase lookup;

    TemplatesPage(TemplatesUseCase templates, FindLineAccountsUseCase accounts, LookupUseCase lookup) {
        this.templates = templates;
        this.accounts = accounts;
        this.lookup = lookup;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes, Pages pages) {
        routes.get("/console/templates", ctx -> {
            List<Rows.Choice> list = templates.list(Pages.org(ctx), PageRequest.first(200)).items().stream()
                    .map(t -> new Rows.Choice(t.id().value(), t.name() + " · " + types(t.messages()), false))
                    .toList();
            pages.page(ctx, "templates.jte", "Templates", "templates", Map.of("templates", list));
        });
        routes.get("/console/templates/new", ctx -> editor(ctx, pages, blank(Pages.org(ctx))));
        routes.get(
                "/console/templates/{id}",
                pages.guarded(ctx -> editor(
                        ctx,
                        pages,
                        form(Pages.org(ctx), templates.get(Pages.org(ctx), new TemplateId(ctx.pathParam("id")))))));
        routes.post("/console/templates/new", ctx -> submit(ctx, pages, ""));
        routes.post("/console/templates/{id}", pages.guarded(ctx -> submit(ctx, pages, ctx.pathParam("id"))));
        routes.post("/console/templates/{id}/preview", pages.guarded(ctx -> preview(ctx, pages)));
    }

    private void editor(Context ctx, Pages pages, TemplateForm form) {
        pages.page(ctx, "template.jte", form.saved() ? form.name() : "New template", "templates", Map.of("form", form));
    }

    private TemplateForm blank(OrgId org) {
        return new TemplateForm(
                "", "", "[\n  " + HELPERS.get("add-text") + "\n]", false, false, List.of(), "", accountChoices(org));
    }

    private TemplateForm form(OrgId org, Template template) {
        return new TemplateForm(
                template.id().value(),
                template.name(),
                pretty(JsonLikeJackson.node(template.messages())),
                template.notificationDisabled(),
                template.trackClicks(),
                List.of(),
                "",
                accountChoices(org));
    }

    private void submit(Context ctx, Pages pages, String id) {
        OrgId org = Pages.org(ctx);
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("");
        String text = Optional.ofNullable(ctx.formParam("messages")).orElse("");
        boolean quiet = ctx.formParam("notificationDisabled") != null;
        boolean track = ctx.formParam("trackClicks") != null;
        String action = Optional.ofNullable(ctx.formParam("action")).orElse("save");
        List<TemplateForm.Fault> faults = new ArrayList<>();
        JsonNode parsed = null;
        try {
            parsed = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            faults.add(new TemplateForm.Fault(
                    "messages",
                    "is not valid JSON: " + e.getOriginalMessage() + " (line "
                            + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")"));
        }
        if (HELPERS.containsKey(action) && parsed != null) {
            // A helper adds a message to what is being edited; nothing is saved until Save.
            ArrayNode list = parsed.isArray()
                    ? (ArrayNode) parsed
                    : JSON.createArrayNode().add(parsed);
            try {
                list.add(JSON.readTree(HELPERS.get(action)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the helpers are valid JSON", e);
            }
            text = pretty(list);
            editor(ctx, pages, new TemplateForm(id, name, text, quiet, track, List.of(), "", accountChoices(org)));
            return;
        }
        if (faults.isEmpty() && parsed != null) {
            JsonLike messages = JsonLikeJackson.like(parsed);
            try {
                Template saved = id.isEmpty()
                        ? templates.create(org, name, messages, quiet, track)
                        : templates.update(
                                org,
                                new TemplateId(id),
                                Optional.of(name),
                                Optional.of(messages),
                                Optional.of(quiet),
                                Optional.of(track));
                ctx.redirect("/console/templates/" + saved.id().value() + "?saved=1");
                return;
            } catch (ValidationException e) {
                for (FieldError error : e.errors()) {
                    faults.add(new TemplateForm.Fault(error.field(), error.message()));
                }
            }
        }
        ctx.status(400);
        editor(ctx, pages, new TemplateForm(id, name, text, quiet, track, faults, "", accountChoices(org)));
    }

    private void preview(Context ctx, Pages pages) {
        OrgId org = Pages.org(ctx);
        String who = Optional.ofNullable(ctx.formParam("customer")).orElse("").strip();
        String account = Optional.ofNullable(ctx.formParam("account")).orElse("");
        String html;
        String line = "";
        try {
            LookupUseCase.Key key = who.startsWith("cus_")
                    ? new LookupUseCase.Key.ByCustomerId(who)
                    : new LookupUseCase.Key.ByExternalId(who);
            var customer = lookup.lookup(org, key).customer();
            TemplatesUseCase.Preview preview = templates.preview(
                    org,
                    new TemplateId(ctx.pathParam("id")),
                    customer.id(),
                    account.isEmpty() ? Optional.empty() : Optional.of(new LineAccountId(account)));
            if (preview.rendering() instanceof Rendering.Rendered rendered) {
                html = PhonePreview.of(rendered.messages());
            } else {
                Rendering.Skipped skipped = (Rendering.Skipped) preview.rendering();
                html = "<p class=\"fault\">Skipped for this member: " + PhonePreview.esc(skipped.reason()) + " — "
                        + PhonePreview.esc(skipped.detail()) + "</p>";
            }
            line = preview.line()
                    .map(check -> check.ok()
                            ? "LINE found nothing wrong."
                            : "LINE refused it: "
                                    + check.failure().orElseThrow().describe())
                    .orElse("");
        } catch (NotFoundException | ValidationException e) {
            html = "<p class=\"fault\">No member " + PhonePreview.esc(who)
                    + ": give an external ID or customer ID.</p>";
        }
        pages.fragment(ctx, "preview.jte", Map.of("html", html, "line", line));
    }

    private List<Rows.Choice> accountChoices(OrgId org) {
        return accounts.list(org, PageRequest.first(100)).items().stream()
                .map(a -> new Rows.Choice(a.id().value(), a.name(), false))
                .toList();
    }

    private static String types(JsonLike messages) {
        List<String> types = new ArrayList<>();
        if (messages instanceof JsonLike.JArray array) {
            for (JsonLike item : array.items()) {
                if (item instanceof JsonLike.JObject object
                        && object.fields().get("type") instanceof JsonLike.JString type) {
                    types.add(type.value());
                }
            }
        }
        return String.join(", ", types);
    }

    private static String pretty(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree always writes", e);
        }
    }
}
