package io.lineengage.application.port.in.campaign;

import io.lineengage.domain.campaign.CampaignId;
import io.lineengage.domain.org.OrgId;

/** The lifecycle moves a user makes: calls in flight finish; waiting batches are held, and due again on resume. */
public interface MoveCampaignUseCase {
    CampaignProgress pause(OrgId orgId, CampaignId id);

    CampaignProgress resume(OrgId orgId, CampaignId id);

    CampaignProgress cancel(OrgId orgId, CampaignId id);
}
