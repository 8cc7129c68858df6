package io.lineengage.application.service.campaign;

import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.gateway.GatewayRepository;
import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.campaign.Campaign;
import io.lineengage.domain.error.ConflictException;
import io.lineengage.domain.gateway.Gateway;
import io.lineengage.domain.gateway.GatewayId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The gateways a campaign may use now: its chosen ones, or the org's defaults of its class, inside their window,
 * whose LINE account is not disabled.
 */
final class CampaignGateways {
    private final GatewayRepository gateways;
    private final LineAccountRepository accounts;

    CampaignGateways(GatewayRepository gateways, LineAccountRepository accounts) {
        this.gateways = gateways;
        this.accounts = accounts;
    }

    /** The campaign's usable gateways now; a launch or test send with none is refused. */
    List<Gateway> requireUsable(Campaign campaign, Instant now) {
        List<Gateway> active = usable(campaign, now, Set.of());
        if (active.isEmpty()) {
            throw new ConflictException("no " + campaign.priority()
                    + " gateway is active now"
                    + (campaign.gatewayIds().isEmpty() ? " among the org's defaults" : " among the campaign's"));
        }
        return active;
    }

    List<Gateway> usable(Campaign campaign, Instant now, Set<GatewayId> down) {
        List<Gateway> chosen = new ArrayList<>();
        if (campaign.gatewayIds().isEmpty()) {
            gateways.all(campaign.orgId()).stream()
                    .filter(gateway -> gateway.isDefault() && gateway.priority() == campaign.priority())
                    .forEach(chosen::add);
        } else {
            campaign.gatewayIds()
                    .forEach(id -> gateways.find(campaign.orgId(), id).ifPresent(chosen::add));
        }
        return chosen.stream()
                .filter(gateway -> gateway.isActiveAt(now) && !down.contains(gateway.id()))
                .filter(gateway -> accounts.find(campaign.orgId(), gateway.accountId())
                        .map(LineAccount::isActive)
                        .orElse(false))
                .toList();
    }
}
