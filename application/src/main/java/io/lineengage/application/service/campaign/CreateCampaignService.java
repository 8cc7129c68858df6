package io.lineengage.application.service.campaign;

import io.lineengage.application.port.in.campaign.CreateCampaignCommand;
import io.lineengage.application.port.in.campaign.CreateCampaignUseCase;
import io.lineengage.application.port.out.audience.AudienceRepository;
import io.lineengage.application.port.out.campaign.CampaignRepository;
import io.lineengage.application.port.out.gateway.GatewayRepository;
import io.lineengage.application.port.out.template.TemplateRepository;
import io.lineengage.domain.campaign.Campaign;
import io.lineengage.domain.campaign.CampaignId;
import io.lineengage.domain.campaign.CampaignStatus;
import io.lineengage.domain.error.FieldErrors;
import io.lineengage.domain.gateway.Gateway;
import io.lineengage.domain.org.OrgId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public final class CreateCampaignService implements CreateCampaignUseCase {
    private final CampaignRepository campaigns;
    private final TemplateRepository templates;
    private final AudienceRepository audiences;
    private final GatewayRepository gateways;
    private final Clock clock;

    public CreateCampaignService(
            CampaignRepository campaigns,
            TemplateRepository templates,
            AudienceRepository audiences,
            GatewayRepository gateways,
            Clock clock) {
        this.campaigns = campaigns;
        this.templates = templates;
        this.audiences = audiences;
        this.gateways = gateways;
        this.clock = clock;
    }

    @Override
    public Campaign create(OrgId orgId, CreateCampaignCommand command) {
        // Every reference the org does not own is reported at once.
        FieldErrors errors = new FieldErrors();
        errors.check(
                templates.find(orgId, command.templateId()).isEmpty(), "templateId", "is not a template of this org");
        errors.check(
                audiences.find(orgId, command.audienceId()).isEmpty(), "audienceId", "is not an audience of this org");
        for (int i = 0; i < command.gatewayIds().size(); i++) {
            Optional<Gateway> gateway =
                    gateways.find(orgId, command.gatewayIds().get(i));
            errors.check(
                    gateway.isEmpty() || gateway.get().priority() != command.priority(),
                    "gatewayIds[" + i + "]",
                    "is not a " + command.priority() + " gateway of this org");
        }
        Instant now = clock.instant();
        errors.check(
                command.scheduleAt().filter(at -> !at.isAfter(now)).isPresent(),
                "scheduleAt",
                "must be in the future (leave it out to send at launch)");
        errors.throwIfAny();
        Campaign campaign = new Campaign(
                CampaignId.generate(),
                orgId,
                command.name(),
                command.templateId(),
                command.audienceId(),
                command.priority(),
                command.gatewayIds(),
                command.scheduleAt(),
                command.quietHours(),
                command.frequencyCap(),
                CampaignStatus.DRAFT,
                now,
                Optional.empty(),
                Optional.empty());
        campaigns.insert(campaign);
        return campaign;
    }
}
