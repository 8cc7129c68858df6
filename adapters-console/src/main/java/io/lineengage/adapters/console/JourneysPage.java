package io.lineengage.adapters.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import io.lineengage.adapters.console.view.JourneyView;
import io.lineengage.adapters.console.view.Rows;
import io.lineengage.adapters.console.view.TemplateForm;
import io.lineengage.adapters.json.JsonLikeJackson;
import io.lineengage.application.port.in.journey.JourneysUseCase;
import io.lineengage.application.port.in.template.TemplatesUseCase;
import io.lineengage.domain.error.FieldError;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.journey.Journey;
import io.lineengage.domain.journey.JourneyId;
import io.lineengage.domain.journey.JourneyStatus;
import io.lineengage.domain.journey.Step;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.PageRequest;
import io.lineengage.domain.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Journeys: the list; a journey's steps drawn as a flow with their counts; an editor of its definition with the faults
 * at their paths, starting from the common ones (a welcome on follow, a keyword answer, a follow-up after a click
 * with a wait and a branch); activate, pause, archive.
 */
final class JourneysPage implements ConsolePage {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JourneysUseCase journeys;
    private final TemplatesUseCase templates;

    JourneysPage(JourneysUseCase journeys, TemplatesUseCase templates) {
        this.journeys = journeys;
        this.templates = templates;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes, Pages pages) {
        routes.get("/console/journeys", ctx -> {
            List<Rows.Choice> list = journeys.list(Pages.org(ctx), PageRequest.first(200)).items().stream()
                    .map(j -> new Rows.Choice(
                            j.id().value(),
                            j.name() + " · " + j.status() + " · on "
                                    + j.definition().trigger().kind() + " · version " + j.version(),
                            false))
                    .toList();
            pages.page(ctx, "journeys.jte", "Journeys", "journeys", Map.of("journeys", list));
        });
        routes.get("/console/journeys/new", ctx -> {
            String preset = Optional.ofNullable(ctx.queryParam("preset")).orElse("welcome");
            page(ctx, pages, blank(Pages.org(ctx), preset, List.of()));
        });
        routes.post("/console/journeys/new", ctx -> save(ctx, pages, Optional.empty()));
        routes.get(
                "/console/journeys/{id}",
                pages.guarded(ctx -> page(
                        ctx,
                        pages,
                        view(Pages.org(ctx), journeys.get(Pages.org(ctx), id(ctx)), Optional.empty(), List.of()))));
        routes.post("/console/journeys/{id}", pages.guarded(ctx -> save(ctx, pages, Optional.of(id(ctx)))));
        for (JourneyStatus to : List.of(JourneyStatus.ACTIVE, JourneyStatus.PAUSED, JourneyStatus.ARCHIVED)) {
            routes.post("/console/journeys/{id}/" + verb(to), pages.guarded(ctx -> {
                journeys.move(Pages.org(ctx), id(ctx), to);
                ctx.redirect("/console/journeys/" + ctx.pathParam("id"));
            }));
        }
    }

    private static JourneyId id(Context ctx) {
        return new JourneyId(ctx.pathParam("id"));
    }

    private static String verb(JourneyStatus to) {
        return switch (to) {
            case ACTIVE -> "activate";
            case PAUSED -> "pause";
            default -> "archive";
        };
    }

    private void page(Context ctx, Pages pages, JourneyView view) {
        pages.page(ctx, "journey.jte", view.saved() ? view.name() : "New journey", "journeys", Map.of("j", view));
    }

    private void save(Context ctx, Pages pages, Optional<JourneyId> id) {
        OrgId org = Pages.org(ctx);
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("");
        String text = Optional.ofNullable(ctx.formParam("definition")).orElse("");
        List<TemplateForm.Fault> faults = new ArrayList<>();
        try {
            JsonNode parsed = JSON.readTree(text);
            if (parsed == null || !parsed.isObject()) {
                throw ValidationException.of("definition", "must be a JSON object with trigger and steps");
            }
            Journey saved = id.isEmpty()
                    ? journeys.create(org, name, JsonLikeJackson.like(parsed))
                    : journeys.update(org, id.get(), Optional.of(name), Optional.of(JsonLikeJackson.like(parsed)));
            ctx.redirect("/console/journeys/" + saved.id().value());
            return;
        } catch (JsonProcessingException e) {
            faults.add(new TemplateForm.Fault("definition", "is not valid JSON: " + e.getOriginalMessage()));
        } catch (ValidationException e) {
            for (FieldError error : e.errors()) {
                faults.add(new TemplateForm.Fault(error.field(), error.message()));
            }
        }
        ctx.status(400);
        JourneyView view = id.isPresent()
                ? view(org, journeys.get(org, id.get()), Optional.of(text), faults)
                : withText(blank(org, "welcome", faults), name, text);
        page(ctx, pages, view);
    }

    private static JourneyView withText(JourneyView view, String name, String text) {
        return new JourneyView(
                view.id(),
                name,
                view.status(),
                view.version(),
                view.trigger(),
                text,
                0,
                0,
                0,
                List.of(),
                List.of(),
                view.faults(),
                List.of());
    }

    private JourneyView view(OrgId org, Journey journey, Optional<String> editing, List<TemplateForm.Fault> faults) {
        JourneysUseCase.JourneyStats stats = journeys.stats(org, journey.id());
        List<JourneyView.Step> flow = new ArrayList<>();
        List<Step> steps = journey.definition().steps();
        for (JourneysUseCase.StepStats step : stats.steps()) {
            flow.add(new JourneyView.Step(
                    step.step(),
                    describe(org, steps.get(step.step())),
                    step.here(),
                    step.outcomes().entrySet().stream()
                            .map(outcome -> outcome.getKey() + " " + outcome.getValue())
                            .sorted()
                            .toList()));
        }
        List<String> moves = journey.status().next().stream()
                .map(JourneysPage::verb)
                .sorted()
                .toList();
        return new JourneyView(
                journey.id().value(),
                journey.name(),
                journey.status().name(),
                journey.version(),
                journey.definition().trigger().kind(),
                editing.orElseGet(
                        () -> pretty(JsonLikeJackson.node(journey.definition().source()))),
                stats.entered(),
                stats.active(),
                stats.done(),
                stats.exited().entrySet().stream()
                        .map(exit -> exit.getKey() + " " + exit.getValue())
                        .sorted()
                        .toList(),
                flow,
                faults,
                moves);
    }

    /** A step in words, for the flow. */
    private String describe(OrgId org, Step step) {
        if (step instanceof Step.Send send) {
            String name = templates.list(org, PageRequest.first(200)).items().stream()
                    .filter(t -> t.id().equals(send.templateId()))
                    .map(Template::name)
                    .findFirst()
                    .orElse(send.templateId().value());
            return "Send “" + name + "” (reply first, else push)";
        }
        if (step instanceof Step.Wait wait) {
            return wait.duration()
                    .map(d -> "Wait " + d.toString().substring(2).toLowerCase())
                    .orElseGet(() -> "Wait until " + wait.until().orElseThrow());
        }
        if (step instanceof Step.Branch branch) {
            return "Go on only if " + JsonLikeJackson.write(branch.filter())
                    + branch.otherwise().map(i -> ", else to step " + i).orElse(", else end");
        }
        if (step instanceof Step.Tag tag) {
            return (tag.add() ? "Tag with " : "Untag ") + tag.tag();
        }
        if (step instanceof Step.SetAttribute attribute) {
            return "Set " + attribute.name();
        }
        return "End";
    }

    /** A new journey from one of the common ones, with the org's first template in its sends. */
    private JourneyView blank(OrgId org, String preset, List<TemplateForm.Fault> faults) {
        String template = templates.list(org, PageRequest.first(1)).items().stream()
                .findFirst()
                .map(t -> t.id().value())
                .orElse("tpl_…");
        ObjectNode definition = JSON.createObjectNode();
        switch (preset) {
            case "keyword" -> {
                definition
                        .putObject("trigger")
                        .put("type", "keyword")
                        .put("match", "exact")
                        .putArray("keywords")
                        .add("coupon");
                definition.putArray("steps").addObject().put("type", "send").put("templateId", template);
                definition.putObject("entry").put("again", "PT1M");
            }
            case "followup" -> {
                // a click on a tracked link of the template, sent by any campaign or transactional message
                definition.putObject("trigger").put("type", "click").put("templateId", template);
                var steps = definition.putArray("steps");
                steps.addObject().put("type", "wait").put("duration", "P2D");
                var branch = steps.addObject().put("type", "branch").put("otherwise", "end");
                branch.putObject("filter")
                        .put("field", "interactions.message")
                        .put("op", "within")
                        .put("value", "P2D");
                steps.addObject().put("type", "send").put("templateId", template);
            }
            default -> {
                definition.putObject("trigger").put("type", "follow").put("includeUnblocks", false);
                definition.putArray("steps").addObject().put("type", "send").put("templateId", template);
            }
        }
        return new JourneyView(
                "", "", "DRAFT", 0, "", pretty(definition), 0, 0, 0, List.of(), List.of(), faults, List.of());
    }

    private static String pretty(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree always writes", e);
        }
    }
}
