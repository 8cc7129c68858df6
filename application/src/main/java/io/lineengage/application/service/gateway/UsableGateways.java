package io.lineengage.application.service.gateway;

import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.gateway.GatewayRepository;
import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.campaign.Campaign;
import io.lineengage.domain.error.ConflictException;
import io.lineengage.domain.gateway.Gateway;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.gateway.PriorityClass;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The gateways a send may use now: the ones it chose, or the org's defaults of its class, inside their window, whose
 * LINE account is not disabled, and not among those it already failed over from.
 */
public final class UsableGateways {
    private final GatewayRepository gateways;
    private final LineAccountRepository accounts;

    public UsableGateways(GatewayRepository gateways, LineAccountRepository accounts) {
        this.gateways = gateways;
        this.accounts = accounts;
    }

    /** The campaign's usable gateways now; a launch or test send with none is refused. */
    public List<Gateway> requireUsable(Campaign campaign, Instant now) {
        List<Gateway> active = usable(campaign, now, Set.of());
        if (active.isEmpty()) {
            throw new ConflictException("no " + campaign.priority()
                    + " gateway is active now"
                    + (campaign.gatewayIds().isEmpty() ? " among the org's defaults" : " among the campaign's"));
        }
        return active;
    }

    public List<Gateway> usable(Campaign campaign, Instant now, Set<GatewayId> down) {
        return usable(campaign.orgId(), campaign.priority(), campaign.gatewayIds(), now, down);
    }

    public List<Gateway> usable(
            OrgId orgId, PriorityClass priority, List<GatewayId> chosenIds, Instant now, Set<GatewayId> down) {
        List<Gateway> chosen = new ArrayList<>();
        if (chosenIds.isEmpty()) {
            gateways.all(orgId).stream()
                    .filter(gateway -> gateway.isDefault() && gateway.priority() == priority)
                    .forEach(chosen::add);
        } else {
            chosenIds.forEach(id -> gateways.find(orgId, id).ifPresent(chosen::add));
        }
        return chosen.stream()
                .filter(gateway -> gateway.isActiveAt(now) && !down.contains(gateway.id()))
                .filter(gateway -> accounts.find(orgId, gateway.accountId())
                        .map(LineAccount::isActive)
                        .orElse(false))
                .toList();
    }
}
