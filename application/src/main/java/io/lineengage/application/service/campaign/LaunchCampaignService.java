package io.lineengage.application.service.campaign;

import io.lineengage.application.port.in.campaign.CampaignProgress;
import io.lineengage.application.port.in.campaign.LaunchCampaignUseCase;
import io.lineengage.application.port.in.campaign.StartScheduledCampaignsUseCase;
import io.lineengage.application.port.out.campaign.CampaignRepository;
import io.lineengage.application.port.out.campaign.CampaignSignal;
import io.lineengage.domain.campaign.Campaign;
import io.lineengage.domain.campaign.CampaignId;
import io.lineengage.domain.campaign.CampaignStatus;
import io.lineengage.domain.error.ConflictException;
import io.lineengage.domain.org.OrgId;
import java.time.Clock;

/** Launches campaigns: now (the audience frozen at once), or SCHEDULED and frozen when their time comes. */
public final class LaunchCampaignService implements LaunchCampaignUseCase, StartScheduledCampaignsUseCase {
    private final CampaignRepository campaigns;
    private final AudienceFreeze freeze;
    private final CampaignProgressService progress;
    private final CampaignSignal launched;
    private final Clock clock;

    public LaunchCampaignService(
            CampaignRepository campaigns,
            AudienceFreeze freeze,
            CampaignProgressService progress,
            CampaignSignal launched,
            Clock clock) {
        this.campaigns = campaigns;
        this.freeze = freeze;
        this.progress = progress;
        this.launched = launched;
        this.clock = clock;
    }

    @Override
    public CampaignProgress launch(OrgId orgId, CampaignId id) {
        Campaign campaign = progress.find(orgId, id);
        if (campaign.launchTarget(clock.instant()) == CampaignStatus.SCHEDULED) {
            if (!campaigns.transition(orgId, id, CampaignStatus.DRAFT, CampaignStatus.SCHEDULED, clock.instant())) {
                throw new ConflictException("the campaign was launched or changed meanwhile");
            }
            return progress.get(orgId, id);
        }
        freeze.freeze(campaign, CampaignStatus.DRAFT);
        launched.campaignReady();
        return progress.get(orgId, id);
    }

    @Override
    public void startDue() {
        for (Campaign due : campaigns.scheduledDue(clock.instant())) {
            try {
                freeze.freeze(due, CampaignStatus.SCHEDULED);
                launched.campaignReady();
            } catch (ConflictException e) {
                // Nothing can be delivered (no gateway active, template or audience gone): the campaign fails.
                campaigns.transition(
                        due.orgId(), due.id(), CampaignStatus.SCHEDULED, CampaignStatus.FAILED, clock.instant());
            }
        }
    }
}
