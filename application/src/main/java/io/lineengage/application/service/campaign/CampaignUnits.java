package io.lineengage.application.service.campaign;

import io.lineengage.application.port.out.campaign.AggregationUnitUsage;
import io.lineengage.application.port.out.campaign.CampaignRepository;
import io.lineengage.application.port.out.campaign.DeliveryLedger;
import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.campaign.AggregationUnit;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The aggregation unit a campaign call carries: the campaign's own, on every multicast and on pushes of accounts marked
 * as allowed (LINE refuses units on a plain account's pushes), while the channel has names left this month. A channel
 * without names sends without a unit, and the campaign says so. Each decision is asked of the shared usage once per
 * campaign, channel and month.
 */
final class CampaignUnits {
    private final AggregationUnitUsage usage;
    private final CampaignRepository campaigns;
    private final Clock clock;
    private final Map<String, Boolean> decided = new ConcurrentHashMap<>();

    CampaignUnits(AggregationUnitUsage usage, CampaignRepository campaigns, Clock clock) {
        this.usage = usage;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    Optional<String> forCall(DeliveryLedger.Claimed batch, LineAccount account) {
        if (batch.kind() == DeliveryLedger.Kind.PUSH && !account.unitsOnPush()) {
            return Optional.empty();
        }
        AggregationUnit unit = AggregationUnit.of(batch.campaignId());
        Instant now = clock.instant();
        YearMonth month = AggregationUnit.monthAt(now);
        boolean granted = decided.computeIfAbsent(account.id().value() + "|" + month + "|" + unit.name(), key -> {
            boolean spent = usage.spend(account.id(), month, unit.name(), AggregationUnit.NAMES_PER_CHANNEL_AND_MONTH);
            if (!spent) {
                campaigns.note(
                        batch.campaignId(),
                        "LINE account " + account.name() + " (" + account.id() + ") has used its "
                                + AggregationUnit.NAMES_PER_CHANNEL_AND_MONTH
                                + " aggregation unit names for " + month + ": its calls carry no unit, so LINE's"
                                + " statistics for this campaign leave them out",
                        now);
            }
            return spent;
        });
        return granted ? Optional.of(unit.name()) : Optional.empty();
    }
}
