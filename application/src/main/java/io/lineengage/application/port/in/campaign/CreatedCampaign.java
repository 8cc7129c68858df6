package io.lineengage.application.port.in.campaign;

import io.lineengage.domain.campaign.Campaign;
import java.util.List;

/** A campaign just written, and what its author should know about how it will be sent. */
public record CreatedCampaign(Campaign campaign, List<String> notices) {
    public CreatedCampaign {
        notices = List.copyOf(notices);
    }
}
