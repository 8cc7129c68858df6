package io.lineengage.application.service.journey;

import io.lineengage.application.port.in.journey.JourneysUseCase;
import io.lineengage.application.port.out.gateway.GatewayRepository;
import io.lineengage.application.port.out.journey.JourneyEntries;
import io.lineengage.application.port.out.journey.JourneySteps;
import io.lineengage.application.port.out.journey.Journeys;
import io.lineengage.application.port.out.template.TemplateRepository;
import io.lineengage.application.service.audience.FilterCatalogues;
import io.lineengage.domain.audience.FieldCatalogue;
import io.lineengage.domain.audience.FilterParser;
import io.lineengage.domain.customer.AttributeType;
import io.lineengage.domain.error.FieldErrors;
import io.lineengage.domain.error.NotFoundException;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.journey.Journey;
import io.lineengage.domain.journey.JourneyDefinition;
import io.lineengage.domain.journey.JourneyId;
import io.lineengage.domain.journey.JourneyReader;
import io.lineengage.domain.journey.JourneyStatus;
import io.lineengage.domain.journey.Step;
import io.lineengage.domain.journey.Trigger;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import io.lineengage.domain.template.TemplateId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Journeys as the API and console write them: each definition read with every fault at its path, its templates,
 * gateway and filters checked against the org; moves between statuses; counts.
 */
public final class JourneyService implements JourneysUseCase {
    private final Journeys journeys;
    private final JourneyEntries entries;
    private final JourneySteps steps;
    private final TemplateRepository templates;
    private final GatewayRepository gateways;
    private final FilterCatalogues catalogues;
    private final Clock clock;

    public JourneyService(
            Journeys journeys,
            JourneyEntries entries,
            JourneySteps steps,
            TemplateRepository templates,
            GatewayRepository gateways,
            FilterCatalogues catalogues,
            Clock clock) {
        this.journeys = journeys;
        this.entries = entries;
        this.steps = steps;
        this.templates = templates;
        this.gateways = gateways;
        this.catalogues = catalogues;
        this.clock = clock;
    }

    @Override
    public Journey create(OrgId orgId, String name, JsonLike definition) {
        Journey journey = Journey.draft(orgId, name, checked(orgId, definition), clock.instant());
        journeys.insert(journey);
        return journey;
    }

    @Override
    public Journey get(OrgId orgId, JourneyId id) {
        return journeys.find(orgId, id).orElseThrow(() -> new NotFoundException("journey", id.value()));
    }

    @Override
    public Page<Journey> list(OrgId orgId, PageRequest page) {
        return journeys.list(orgId, page);
    }

    @Override
    public Journey update(OrgId orgId, JourneyId id, Optional<String> name, Optional<JsonLike> definition) {
        Journey current = get(orgId, id);
        Journey updated = current.edited(
                name.orElse(current.name()),
                definition.isPresent() ? checked(orgId, definition.get()) : current.definition(),
                clock.instant());
        journeys.save(updated);
        return updated;
    }

    @Override
    public Journey move(OrgId orgId, JourneyId id, JourneyStatus to) {
        Journey moved = get(orgId, id).moved(to, clock.instant());
        journeys.save(moved);
        return moved;
    }

    @Override
    public JourneyStats stats(OrgId orgId, JourneyId id) {
        Journey journey = get(orgId, id);
        JourneyEntries.Counts counts = entries.counts(id, journey.version());
        Map<Integer, Map<String, Long>> outcomes = steps.outcomes(id);
        List<StepStats> perStep = new ArrayList<>();
        List<Step> current = journey.definition().steps();
        for (int i = 0; i < current.size(); i++) {
            perStep.add(new StepStats(
                    i,
                    kind(current.get(i)),
                    counts.activeByStep().getOrDefault(i, 0L),
                    outcomes.getOrDefault(i, Map.of())));
        }
        Map<String, Long> exited = new HashMap<>();
        long entered = 0;
        for (Map.Entry<String, Long> state : counts.byState().entrySet()) {
            entered += state.getValue();
            if (state.getKey().startsWith("EXITED:")) {
                exited.merge(state.getKey().substring("EXITED:".length()), state.getValue(), Long::sum);
            }
        }
        return new JourneyStats(
                entered,
                counts.byState().getOrDefault("ACTIVE", 0L),
                counts.byState().getOrDefault("DONE", 0L),
                exited,
                perStep);
    }

    /** A step's kind as written: send, wait, branch, tag, attribute, end. */
    static String kind(Step step) {
        if (step instanceof Step.SetAttribute) {
            return "attribute";
        }
        return step.getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }

    /** The definition read, and what it names checked against the org: templates, the gateway, every filter. */
    private JourneyDefinition checked(OrgId orgId, JsonLike json) {
        JourneyDefinition definition = JourneyReader.read(json, "");
        FieldErrors errors = new FieldErrors();
        FieldCatalogue catalogue = catalogues.of(orgId);
        List<Step> list = definition.steps();
        for (int i = 0; i < list.size(); i++) {
            Step step = list.get(i);
            if (step instanceof Step.Send send
                    && templates.find(orgId, send.templateId()).isEmpty()) {
                errors.add("steps[" + i + "].templateId", "no template " + send.templateId() + " in this org");
            }
            if (step instanceof Step.Branch branch) {
                filterFaults(branch.filter(), "steps[" + i + "].filter", catalogue, errors);
            }
        }
        definition.rules().exitWhen().ifPresent(when -> filterFaults(when, "exit.when", catalogue, errors));
        if (definition.trigger() instanceof Trigger.Date date
                && catalogue.attributes().get(date.attribute()) != AttributeType.DATE) {
            errors.add("trigger.attribute", date.attribute() + " is not a DATE attribute of this org");
        }
        if (definition.trigger() instanceof Trigger.Click click
                && click.templateId().isPresent()
                && templates
                        .find(orgId, new TemplateId(click.templateId().get()))
                        .isEmpty()) {
            errors.add("trigger.templateId", "no template " + click.templateId().get() + " in this org");
        }
        definition.gatewayId().ifPresent(gateway -> {
            if (gateways.find(orgId, gateway).isEmpty()) {
                errors.add("gatewayId", "no gateway " + gateway + " in this org");
            }
        });
        errors.throwIfAny();
        return definition;
    }

    private static void filterFaults(JsonLike filter, String path, FieldCatalogue catalogue, FieldErrors errors) {
        try {
            FilterParser.parse(filter, path, catalogue);
        } catch (ValidationException e) {
            e.errors().forEach(error -> errors.add(error.field(), error.message()));
        }
    }
}
