package io.lineengage.application.port.in.campaign;

import io.lineengage.domain.campaign.CampaignId;
import io.lineengage.domain.campaign.Delivery;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;

/** Where a campaign stands, and its per-recipient ledger. */
public interface ReadCampaignUseCase {
    CampaignProgress get(OrgId orgId, CampaignId id);

    Page<Delivery> deliveries(OrgId orgId, CampaignId id, PageRequest page);
}
