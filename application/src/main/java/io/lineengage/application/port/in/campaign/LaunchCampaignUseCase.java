package io.lineengage.application.port.in.campaign;

import io.lineengage.domain.campaign.CampaignId;
import io.lineengage.domain.org.OrgId;

/**
 * Freezes the audience into the ledger, each recipient queued on a gateway or skipped with a reason; a campaign with a
 * future {@code scheduleAt} becomes SCHEDULED and is frozen at that time, with the audience as it is then.
 */
public interface LaunchCampaignUseCase {
    CampaignProgress launch(OrgId orgId, CampaignId id);
}
