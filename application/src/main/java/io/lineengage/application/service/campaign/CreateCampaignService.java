package io.lineengage.application.service.campaign;

import io.lineengage.application.port.in.campaign.CreateCampaignCommand;
import io.lineengage.application.port.in.campaign.CreateCampaignUseCase;
import io.lineengage.application.port.out.audience.AudienceRepository;
import io.lineengage.application.port.out.campaign.CampaignRepository;
import io.lineengage.application.port.out.campaign.SendPace;
import io.lineengage.application.port.out.gateway.GatewayRepository;
import io.lineengage.application.port.out.line.MulticastRequest;
import io.lineengage.application.port.out.template.TemplateRepository;
import io.lineengage.domain.campaign.Campaign;
import io.lineengage.domain.campaign.CampaignId;
import io.lineengage.domain.campaign.CampaignStatus;
import io.lineengage.domain.error.FieldErrors;
import io.lineengage.domain.gateway.Gateway;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.template.Template;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
        Optional<Template> template = templates.find(orgId, command.templateId());
        errors.check(template.isEmpty(), "templateId", "is not a template of this org");
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
        notices(template.orElseThrow()).forEach(notice -> campaigns.note(campaign.id(), notice, now));
        return campaign;
    }

    /** A tracked template cannot be multicast: say what that costs before anyone launches it. */
    private static List<String> notices(Template template) {
        if (!template.trackClicks()) {
            return List.of();
        }
        SendPace.Limits line = SendPace.Limits.LINE;
        long multicastRecipients = (long) line.multicastPerSecond() * MulticastRequest.MAX_RECIPIENTS;
        return List.of("The template tracks clicks, so each recipient gets links of their own and the campaign goes"
                + " by push, one call per recipient: LINE takes " + line.pushPerSecond() + " pushes a second per"
                + " channel, against " + multicastRecipients + " recipients a second by multicast (100,000"
                + " recipients take about " + (100_000 / line.pushPerSecond()) + " s per channel instead of "
                + Math.max(1, 100_000 / multicastRecipients) + " s).");
    }
}
