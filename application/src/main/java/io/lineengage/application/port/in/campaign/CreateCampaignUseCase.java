package io.lineengage.application.port.in.campaign;

import io.lineengage.domain.campaign.Campaign;
import io.lineengage.domain.org.OrgId;

/** Writes a campaign as a DRAFT: its template, audience and gateways must be the org's own. */
public interface CreateCampaignUseCase {
    Campaign create(OrgId orgId, CreateCampaignCommand command);
}
