package io.lineengage.application.port.in.campaign;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.campaign.CampaignId;
import io.lineengage.domain.campaign.ReportedCount;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.tracking.ClickCounts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * LINE's figures for a campaign's aggregation unit, per gateway and in total, beside our own click figures. LINE's
 * figures keep changing for 14 days and LINE limits insight calls: they are fetched on demand and kept a while.
 */
public interface ReadCampaignStatisticsUseCase {
    CampaignStatistics statistics(OrgId orgId, CampaignId id);

    record CampaignStatistics(
            CampaignId campaignId,
            String aggregationUnit,
            LocalDate from,
            LocalDate to,
            Instant fetchedAt,
            List<GatewayStatistics> gateways,
            LineFigures total,
            ClickCounts ourClicks) {
        public CampaignStatistics {
            gateways = List.copyOf(gateways);
        }
    }

    /** One gateway's figures from its channel, or why LINE gave none. */
    record GatewayStatistics(
            GatewayId gatewayId, LineAccountId accountId, Optional<LineFigures> line, Optional<String> error) {}

    record LineFigures(
            ReportedCount uniqueImpressions,
            ReportedCount uniqueClicks,
            ReportedCount uniqueMediaPlayed,
            List<UrlFigures> urls) {
        public LineFigures {
            urls = List.copyOf(urls);
        }
    }

    record UrlFigures(String url, ReportedCount clicks, ReportedCount uniqueClicks) {}
}
