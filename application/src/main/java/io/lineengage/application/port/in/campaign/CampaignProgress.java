package io.lineengage.application.port.in.campaign;

import io.lineengage.domain.campaign.Campaign;
import io.lineengage.domain.campaign.DeliveryCounts;
import io.lineengage.domain.campaign.Failover;
import java.util.List;

/** A campaign, its counts, and the gateways that failed hard during it (and what failover did). */
public record CampaignProgress(Campaign campaign, DeliveryCounts counts, List<Failover> failovers) {
    public CampaignProgress {
        failovers = List.copyOf(failovers);
    }
}
