package io.lineengage.application.service.transactional;

import io.lineengage.application.port.out.audience.AudienceQuery;
import io.lineengage.application.port.out.gateway.GatewayRepository;
import io.lineengage.application.port.out.template.TemplateRepository;
import io.lineengage.application.service.audience.FilterCatalogues;
import io.lineengage.application.service.gateway.UsableGateways;
import io.lineengage.application.service.template.TemplateCheck;
import io.lineengage.application.service.tracking.ClickTracker;
import io.lineengage.domain.audience.AudienceMember;
import io.lineengage.domain.campaign.RecipientPlan;
import io.lineengage.domain.campaign.RecipientPlanner;
import io.lineengage.domain.campaign.SkipReason;
import io.lineengage.domain.error.FieldErrors;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.gateway.Gateway;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.gateway.PriorityClass;
import io.lineengage.domain.gateway.WeightedDraw;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.subscription.ConsentCategory;
import io.lineengage.domain.template.Template;
import io.lineengage.domain.template.TemplateId;
import io.lineengage.domain.tracking.TrackedLink;
import io.lineengage.domain.transactional.MessageId;
import io.lineengage.domain.transactional.MessageRequest;
import io.lineengage.domain.transactional.MessageRoute;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Decides how a transactional message goes: the template (or the request's own messages, checked as a template is),
 * the TRANSACTIONAL gateways usable now (the request's or the org's defaults, minus those failed over from), and the
 * customer planned exactly as a campaign recipient with TRANSACTIONAL consent, the gateway drawn by weight. In markets
 * with LINE notification messages ({@code byPhone}), a customer no gateway reaches by LINE user ID goes to their
 * mobile number instead ({@link PhoneRouting}).
 */
public final class MessageRouting {
    /** Why a message has no route when no TRANSACTIONAL gateway is usable at all. */
    static final String NO_GATEWAY = "no_gateway";

    private final TemplateRepository templates;
    private final TemplateCheck templateCheck;
    private final FilterCatalogues catalogues;
    private final GatewayRepository gateways;
    private final UsableGateways usableGateways;
    private final AudienceQuery audienceQuery;
    private final ClickTracker tracker;
    private final RandomGenerator random;
    private final Optional<PhoneRouting> byPhone;

    public MessageRouting(
            TemplateRepository templates,
            TemplateCheck templateCheck,
            FilterCatalogues catalogues,
            GatewayRepository gateways,
            UsableGateways usableGateways,
            AudienceQuery audienceQuery,
            ClickTracker tracker,
            RandomGenerator random,
            Optional<PhoneRouting> byPhone) {
        this.templates = templates;
        this.templateCheck = templateCheck;
        this.catalogues = catalogues;
        this.gateways = gateways;
        this.usableGateways = usableGateways;
        this.audienceQuery = audienceQuery;
        this.tracker = tracker;
        this.random = random;
        this.byPhone = byPhone;
    }

    /** A route, or why there is none. */
    sealed interface Routing {
        /** {@code links}: a tracked template's links in the route's messages, to keep before they are sent. */
        record Routed(MessageRoute route, List<TrackedLink> links) implements Routing {
            public Routed {
                links = List.copyOf(links);
            }
        }

        /** {@code reason} is a skip reason's code (or {@link #NO_GATEWAY}); {@code detail} says it in words. */
        record NotRouted(String reason, String detail) implements Routing {}
    }

    /**
     * The route now, avoiding the gateways in {@code down}. What the request names (customer, template, messages,
     * gateways) must exist and fit: a fault is a {@link ValidationException} naming the field.
     */
    Routing route(OrgId orgId, MessageId messageId, MessageRequest request, Set<GatewayId> down, Instant now) {
        Template template = template(orgId, request);
        checkGateways(orgId, request.gatewayIds());
        FilterCatalogues.RecipientFields fields = catalogues.recipientFields(orgId);
        AudienceMember member =
                audienceQuery.membersById(orgId, List.of(request.customerId()), fields.attributes()).stream()
                        .findFirst()
                        .orElseThrow(() -> ValidationException.of("customerId", "is not a customer of this org"));
        List<Gateway> usable =
                usableGateways.usable(orgId, PriorityClass.TRANSACTIONAL, request.gatewayIds(), now, down);
        if (usable.isEmpty()) {
            return new Routing.NotRouted(
                    NO_GATEWAY,
                    "no TRANSACTIONAL gateway is active now"
                            + (request.gatewayIds().isEmpty() ? " among the org's defaults" : " among those named")
                            + (down.isEmpty() ? "" : " but those failed over from"));
        }
        RecipientPlanner planner = new RecipientPlanner(
                template, ConsentCategory.TRANSACTIONAL, usable, fields.providers(), new WeightedDraw(usable, random));
        RecipientPlan plan = planner.plan(member, Optional.empty());
        if (plan instanceof RecipientPlan.Queued queued) {
            return routed(
                    orgId,
                    messageId,
                    request,
                    template,
                    queued.gateway(),
                    new MessageRoute.Addressee.LineUser(queued.lineUserId()),
                    queued.messages());
        }
        RecipientPlan.Skipped skipped = (RecipientPlan.Skipped) plan;
        boolean unreachableByUserId =
                skipped.reason() == SkipReason.NOT_FOLLOWING || skipped.reason() == SkipReason.NO_LINE_IDENTITY;
        if (unreachableByUserId && byPhone.isPresent()) {
            PhoneRouting.PhonePlan phone = byPhone.get().plan(orgId, member, template, usable);
            if (phone instanceof PhoneRouting.PhonePlan.ByPhone to) {
                return routed(
                        orgId,
                        messageId,
                        request,
                        template,
                        to.gateway(),
                        new MessageRoute.Addressee.Phone(to.e164()),
                        to.rendered());
            }
            if (phone instanceof PhoneRouting.PhonePlan.Skipped phoneSkipped) {
                return new Routing.NotRouted(phoneSkipped.reason().code(), phoneSkipped.detail());
            }
        }
        return new Routing.NotRouted(skipped.reason().code(), skipped.detail());
    }

    private Routing routed(
            OrgId orgId,
            MessageId messageId,
            MessageRequest request,
            Template template,
            Gateway gateway,
            MessageRoute.Addressee to,
            Optional<JsonLike> rendered) {
        JsonLike messages = rendered.orElse(template.messages());
        List<TrackedLink> links = List.of();
        if (template.trackClicks()) {
            ClickTracker.Tracked tracked = tracker.track(
                    messages, orgId, TrackedLink.Source.TRANSACTIONAL, messageId.value(), request.customerId());
            messages = tracked.messages();
            links = tracked.links();
        }
        return new Routing.Routed(
                new MessageRoute(
                        gateway.id(),
                        gateway.accountId(),
                        to,
                        messages,
                        template.notificationDisabled(),
                        UUID.randomUUID()),
                links);
    }

    /** Stores a route's tracked links; before the route is stored, so a sent link always leads somewhere. */
    void keep(List<TrackedLink> links) {
        tracker.keep(links);
    }

    private Template template(OrgId orgId, MessageRequest request) {
        if (request.templateId().isPresent()) {
            TemplateId id = request.templateId().get();
            return templates
                    .find(orgId, id)
                    .orElseThrow(() -> ValidationException.of("templateId", "no template " + id + " in this org"));
        }
        JsonLike messages = request.messages().orElseThrow();
        templateCheck.check(orgId, messages, "messages");
        // The request's own messages, planned as a template that is never stored.
        return new Template(
                TemplateId.generate(), orgId, "inline messages", messages, false, Instant.EPOCH, Instant.EPOCH);
    }

    private void checkGateways(OrgId orgId, List<GatewayId> chosen) {
        FieldErrors errors = new FieldErrors();
        for (int i = 0; i < chosen.size(); i++) {
            Optional<Gateway> gateway = gateways.find(orgId, chosen.get(i));
            String field = "gatewayIds[" + i + "]";
            if (gateway.isEmpty()) {
                errors.add(field, "no gateway " + chosen.get(i) + " in this org");
            } else if (gateway.get().priority() != PriorityClass.TRANSACTIONAL) {
                errors.add(
                        field, "is a " + gateway.get().priority() + " gateway; messages go through TRANSACTIONAL ones");
            }
        }
        errors.throwIfAny();
    }
}
