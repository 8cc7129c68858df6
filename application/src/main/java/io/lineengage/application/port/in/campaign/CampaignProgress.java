package io.lineengage.application.port.in.campaign;

import io.lineengage.domain.campaign.Campaign;
import io.lineengage.domain.campaign.DeliveryCounts;
import io.lineengage.domain.campaign.Failover;
import java.util.List;

/**
 * A campaign, its counts, whether its audience is still being frozen into the ledger (the counts grow meanwhile), the
 * gateways that failed hard during it (and what failover did), and the notes its author should read about its sending.
 */
public record CampaignProgress(
        Campaign campaign, DeliveryCounts counts, boolean freezing, List<Failover> failovers, List<String> notes) {
    public CampaignProgress {
        failovers = List.copyOf(failovers);
        notes = List.copyOf(notes);
    }
}
