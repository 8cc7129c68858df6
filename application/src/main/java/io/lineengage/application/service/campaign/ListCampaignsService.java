package io.lineengage.application.service.campaign;

import io.lineengage.application.port.in.campaign.ListCampaignsUseCase;
import io.lineengage.application.port.out.campaign.CampaignRepository;
import io.lineengage.domain.campaign.Campaign;
import io.lineengage.domain.campaign.CampaignStatus;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import java.util.Optional;

public final class ListCampaignsService implements ListCampaignsUseCase {
    private final CampaignRepository campaigns;

    public ListCampaignsService(CampaignRepository campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public Page<Campaign> list(OrgId orgId, Optional<CampaignStatus> status, PageRequest page) {
        return campaigns.list(orgId, status, page);
    }
}
