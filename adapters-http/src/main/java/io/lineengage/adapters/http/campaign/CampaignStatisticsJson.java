package io.lineengage.adapters.http.campaign;

import io.lineengage.application.port.in.campaign.ReadCampaignStatisticsUseCase.CampaignStatistics;
import io.lineengage.application.port.in.campaign.ReadCampaignStatisticsUseCase.GatewayStatistics;
import io.lineengage.application.port.in.campaign.ReadCampaignStatisticsUseCase.LineFigures;
import io.lineengage.domain.campaign.ReportedCount;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A campaign's statistics as the API shows them. A count LINE gave is a number; one LINE hid (under 20) is the text
 * "fewer than 20", and a sum with hidden parts says its range ("from 25 to 44"): never a made-up 0.
 */
final class CampaignStatisticsJson {
    private CampaignStatisticsJson() {}

    static Map<String, Object> body(CampaignStatistics statistics) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("campaignId", statistics.campaignId().value());
        body.put("aggregationUnit", statistics.aggregationUnit());
        body.put(
                "period",
                Map.of(
                        "from",
                        statistics.from().toString(),
                        "to",
                        statistics.to().toString()));
        body.put("fetchedAt", statistics.fetchedAt().toString());
        body.put(
                "about",
                "LINE's figures for the campaign's aggregation unit; they keep changing for 14 days after sending and"
                        + " are fetched again at most every 5 minutes. LINE hides counts under 20.");
        body.put("total", figures(statistics.total()));
        body.put(
                "gateways",
                statistics.gateways().stream()
                        .map(CampaignStatisticsJson::gateway)
                        .toList());
        Map<String, Object> ours = new LinkedHashMap<>();
        ours.put("clicks", statistics.ourClicks().clicks());
        ours.put("uniqueClickers", statistics.ourClicks().uniqueClickers());
        ours.put("byUrl", statistics.ourClicks().byUrl());
        body.put("ourClicks", ours);
        return body;
    }

    private static Map<String, Object> gateway(GatewayStatistics gateway) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("gatewayId", gateway.gatewayId().value());
        item.put("lineAccountId", gateway.accountId().value());
        gateway.line().ifPresent(line -> item.putAll(figures(line)));
        item.put("error", gateway.error().orElse(null));
        return item;
    }

    private static Map<String, Object> figures(LineFigures figures) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("uniqueImpressions", count(figures.uniqueImpressions()));
        body.put("uniqueClicks", count(figures.uniqueClicks()));
        body.put("uniqueMediaPlayed", count(figures.uniqueMediaPlayed()));
        body.put(
                "urls",
                figures.urls().stream()
                        .map(url -> {
                            Map<String, Object> item = new LinkedHashMap<>();
                            item.put("url", url.url());
                            item.put("clicks", count(url.clicks()));
                            item.put("uniqueClicks", count(url.uniqueClicks()));
                            return item;
                        })
                        .toList());
        return body;
    }

    private static Object count(ReportedCount count) {
        return count.exact() ? (Object) count.atLeast() : count.describe();
    }
}
