package io.lineengage.application.service.campaign;

import io.lineengage.application.port.in.campaign.CampaignProgress;
import io.lineengage.application.port.in.campaign.ReadCampaignUseCase;
import io.lineengage.application.port.out.campaign.CampaignFreezes;
import io.lineengage.application.port.out.campaign.CampaignRepository;
import io.lineengage.application.port.out.campaign.DeliveryLedger;
import io.lineengage.domain.campaign.Campaign;
import io.lineengage.domain.campaign.CampaignId;
import io.lineengage.domain.campaign.Delivery;
import io.lineengage.domain.error.NotFoundException;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;

/** Reads where a campaign stands; the other campaign services answer with it too. */
public final class CampaignProgressService implements ReadCampaignUseCase {
    private final CampaignRepository campaigns;
    private final DeliveryLedger ledger;
    private final CampaignFreezes freezes;

    public CampaignProgressService(CampaignRepository campaigns, DeliveryLedger ledger, CampaignFreezes freezes) {
        this.campaigns = campaigns;
        this.ledger = ledger;
        this.freezes = freezes;
    }

    @Override
    public CampaignProgress get(OrgId orgId, CampaignId id) {
        Campaign campaign = find(orgId, id);
        return new CampaignProgress(
                campaign,
                ledger.counts(id),
                !campaign.status().isFinal() && freezes.freezing(id),
                ledger.gatewayFailures(id),
                campaigns.notes(id));
    }

    @Override
    public Page<Delivery> deliveries(OrgId orgId, CampaignId id, PageRequest page) {
        find(orgId, id);
        return ledger.entries(id, page);
    }

    /** The org's campaign, or a 404. */
    Campaign find(OrgId orgId, CampaignId id) {
        return campaigns.find(orgId, id).orElseThrow(() -> new NotFoundException("campaign", id.value()));
    }
}
