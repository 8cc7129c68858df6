package io.lineengage.application.service.campaign;

import io.lineengage.application.port.in.campaign.CampaignProgress;
import io.lineengage.application.port.in.campaign.ReadCampaignStatisticsUseCase;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.gateway.GatewayRepository;
import io.lineengage.application.port.out.line.LineMessagingPort;
import io.lineengage.application.port.out.line.LineResult;
import io.lineengage.application.port.out.line.UnitStatistics;
import io.lineengage.application.port.out.tracking.TrackedLinks;
import io.lineengage.application.service.reading.RecentlyRead;
import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.campaign.AggregationUnit;
import io.lineengage.domain.campaign.Campaign;
import io.lineengage.domain.campaign.CampaignId;
import io.lineengage.domain.campaign.ReportedCount;
import io.lineengage.domain.error.ConflictException;
import io.lineengage.domain.gateway.Gateway;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.tracking.TrackedLink;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Asks each channel the campaign went through for its unit's statistics (the campaign's launch day to today, in
 * LINE's time zone, at most 30 days), adds them up, and puts our own click figures beside them. An answer is kept
 * {@link #FRESH_FOR} per campaign: LINE limits insight calls, and its figures change slowly.
 */
public final class CampaignStatisticsService implements ReadCampaignStatisticsUseCase {
    static final Duration FRESH_FOR = Duration.ofMinutes(5);
    private static final int LONGEST_PERIOD_DAYS = 30;

    private final CampaignProgressService progress;
    private final GatewayRepository gateways;
    private final LineAccountRepository accounts;
    private final LineMessagingPort line;
    private final TrackedLinks links;
    private final Clock clock;
    private final RecentlyRead<CampaignId, CampaignStatistics> recent;

    public CampaignStatisticsService(
            CampaignProgressService progress,
            GatewayRepository gateways,
            LineAccountRepository accounts,
            LineMessagingPort line,
            TrackedLinks links,
            Clock clock) {
        this.progress = progress;
        this.gateways = gateways;
        this.accounts = accounts;
        this.line = line;
        this.links = links;
        this.clock = clock;
        this.recent = new RecentlyRead<>(FRESH_FOR, clock);
    }

    @Override
    public CampaignStatistics statistics(OrgId orgId, CampaignId id) {
        CampaignProgress read = progress.get(orgId, id);
        Campaign campaign = read.campaign();
        if (campaign.launchedAt().isEmpty()) {
            throw new ConflictException("the campaign has not been launched: LINE has no statistics for it yet");
        }
        return recent.get(id, key -> fetch(campaign, read));
    }

    private CampaignStatistics fetch(Campaign campaign, CampaignProgress read) {
        Instant now = clock.instant();
        LocalDate from = campaign.launchedAt()
                .orElseThrow()
                .atZone(AggregationUnit.LINE_ZONE)
                .toLocalDate();
        LocalDate today = now.atZone(AggregationUnit.LINE_ZONE).toLocalDate();
        LocalDate to = today.isBefore(from) ? from : today;
        if (to.isAfter(from.plusDays(LONGEST_PERIOD_DAYS - 1))) {
            to = from.plusDays(LONGEST_PERIOD_DAYS - 1);
        }
        String unit = AggregationUnit.of(campaign.id()).name();
        List<GatewayStatistics> perGateway = new ArrayList<>();
        for (GatewayId gatewayId : read.counts().byGateway().keySet()) {
            Optional<LineAccount> account = gateways.find(campaign.orgId(), gatewayId)
                    .map(Gateway::accountId)
                    .flatMap(accountId -> accounts.find(campaign.orgId(), accountId));
            if (account.isEmpty()) {
                continue; // the gateway or its account was removed since: nothing left to ask
            }
            LineResult<UnitStatistics> answer =
                    line.statisticsPerUnit(account.get().credentials(), unit, from, to);
            if (answer instanceof LineResult.Success<UnitStatistics> success) {
                perGateway.add(new GatewayStatistics(
                        gatewayId, account.get().id(), Optional.of(figures(success.value())), Optional.empty()));
            } else {
                perGateway.add(new GatewayStatistics(
                        gatewayId,
                        account.get().id(),
                        Optional.empty(),
                        Optional.of(((LineResult.Failure<UnitStatistics>) answer)
                                .failure()
                                .describe())));
            }
        }
        return new CampaignStatistics(
                campaign.id(),
                unit,
                from,
                to,
                now,
                perGateway,
                total(perGateway),
                links.counts(
                        campaign.orgId(),
                        TrackedLink.Source.CAMPAIGN,
                        campaign.id().value()));
    }

    private static LineFigures figures(UnitStatistics statistics) {
        return new LineFigures(
                ReportedCount.of(statistics.uniqueImpressions()),
                ReportedCount.of(statistics.uniqueClicks()),
                ReportedCount.of(statistics.uniqueMediaPlayed()),
                statistics.clicks().stream()
                        .map(click -> new UrlFigures(
                                click.url(), ReportedCount.of(click.clicks()), ReportedCount.of(click.uniqueClicks())))
                        .toList());
    }

    /** The sum over the gateways LINE answered for; a URL's figures are summed across channels by URL. */
    private static LineFigures total(List<GatewayStatistics> perGateway) {
        List<LineFigures> answered = perGateway.stream()
                .map(GatewayStatistics::line)
                .flatMap(Optional::stream)
                .toList();
        Map<String, List<UrlFigures>> byUrl = new LinkedHashMap<>();
        answered.forEach(figures -> figures.urls()
                .forEach(url -> byUrl.computeIfAbsent(url.url(), key -> new ArrayList<>())
                        .add(url)));
        return new LineFigures(
                ReportedCount.sum(
                        answered.stream().map(LineFigures::uniqueImpressions).toList()),
                ReportedCount.sum(
                        answered.stream().map(LineFigures::uniqueClicks).toList()),
                ReportedCount.sum(
                        answered.stream().map(LineFigures::uniqueMediaPlayed).toList()),
                byUrl.entrySet().stream()
                        .map(entry -> new UrlFigures(
                                entry.getKey(),
                                ReportedCount.sum(entry.getValue().stream()
                                        .map(UrlFigures::clicks)
                                        .toList()),
                                ReportedCount.sum(entry.getValue().stream()
                                        .map(UrlFigures::uniqueClicks)
                                        .toList())))
                        .toList());
    }
}
