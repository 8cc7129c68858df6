package io.lineengage.application.service.campaign;

import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.gateway.GatewayRepository;
import io.lineengage.application.port.out.template.TemplateRepository;
import io.lineengage.application.service.audience.FilterCatalogues;
import io.lineengage.application.service.gateway.UsableGateways;
import io.lineengage.application.service.tracking.ClickTracker;
import io.lineengage.domain.audience.FieldCatalogue;
import io.lineengage.domain.campaign.Campaign;
import io.lineengage.domain.campaign.RecipientPlanner;
import io.lineengage.domain.error.ConflictException;
import io.lineengage.domain.gateway.Gateway;
import io.lineengage.domain.gateway.GatewayAllocator;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.template.Template;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a campaign's recipients are planned with at a moment: its template, its gateways usable then, and the org's
 * filter catalogue, and the click tracker for tracked templates. Launch and test send plan alike, so a test send
 * shows what the launch would do.
 */
public final class CampaignPlanning {
    private final TemplateRepository templates;
    private final FilterCatalogues catalogues;
    private final UsableGateways gateways;
    private final ClickTracker tracker;

    public CampaignPlanning(
            TemplateRepository templates,
            FilterCatalogues catalogues,
            GatewayRepository gateways,
            LineAccountRepository accounts,
            ClickTracker tracker) {
        this.templates = templates;
        this.catalogues = catalogues;
        this.gateways = new UsableGateways(gateways, accounts);
        this.tracker = tracker;
    }

    /** Gives a tracked template's recipients their own links (kept by the caller before the send). */
    ClickTracker tracker() {
        return tracker;
    }

    /** The campaign's plan now; a deleted template or no usable gateway is a conflict. */
    Plan at(Campaign campaign, Instant now) {
        return at(campaign, now, Map.of());
    }

    /** As above, its weighted split going on after {@code given} recipients per gateway (a freeze resumed). */
    Plan at(Campaign campaign, Instant now, Map<GatewayId, Long> given) {
        Template template = templates
                .find(campaign.orgId(), campaign.templateId())
                .orElseThrow(() -> new ConflictException("the campaign's template was deleted"));
        FieldCatalogue catalogue = catalogues.of(campaign.orgId());
        List<Gateway> usable = gateways.requireUsable(campaign, now);
        RecipientPlanner planner = new RecipientPlanner(
                template,
                campaign.consentCategory(),
                usable,
                catalogue.providers(),
                new GatewayAllocator(usable, given));
        return new Plan(template, catalogue, planner);
    }

    record Plan(Template template, FieldCatalogue catalogue, RecipientPlanner planner) {}
}
