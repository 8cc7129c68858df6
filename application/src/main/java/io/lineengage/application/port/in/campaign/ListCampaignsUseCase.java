package io.lineengage.application.port.in.campaign;

import io.lineengage.domain.campaign.Campaign;
import io.lineengage.domain.campaign.CampaignStatus;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import java.util.Optional;

/** The org's campaigns, newest first, of one status if asked: so that a lost campaign ID can be found again. */
public interface ListCampaignsUseCase {
    Page<Campaign> list(OrgId orgId, Optional<CampaignStatus> status, PageRequest page);
}
