package io.lineengage.adapters.console;

import io.javalin.router.JavalinDefaultRoutingApi;
import io.lineengage.adapters.console.view.Rows;
import io.lineengage.application.port.in.account.FindLineAccountsUseCase;
import io.lineengage.application.port.in.audience.AudiencesUseCase;
import io.lineengage.application.port.in.campaign.ListCampaignsUseCase;
import io.lineengage.application.port.in.campaign.ReadCampaignUseCase;
import io.lineengage.application.port.in.webhook.RecentLineEventsUseCase;
import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.campaign.Campaign;
import io.lineengage.domain.campaign.CampaignStatus;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.PageRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The overview: followers per account, the last webhook events (refreshed while open), running campaigns. */
final class OverviewPage implements ConsolePage {
    private final FindLineAccountsUseCase accounts;
    private final AudiencesUseCase audiences;
    private final ListCampaignsUseCase campaigns;
    private final ReadCampaignUseCase progress;
    private final RecentLineEventsUseCase events;
    private final URI publicUrl;

    OverviewPage(
            FindLineAccountsUseCase accounts,
            AudiencesUseCase audiences,
            ListCampaignsUseCase campaigns,
            ReadCampaignUseCase progress,
            RecentLineEventsUseCase events,
            URI publicUrl) {
        this.accounts = accounts;
        this.audiences = audiences;
        this.campaigns = campaigns;
        this.progress = progress;
        this.events = events;
        this.publicUrl = publicUrl;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes, Pages pages) {
        routes.get("/console/overview", ctx -> {
            OrgId org = Pages.org(ctx);
            List<Rows.CampaignLine> running = new ArrayList<>();
            for (Campaign campaign : campaigns
                    .list(org, Optional.of(CampaignStatus.RUNNING), PageRequest.first(20))
                    .items()) {
                running.add(CampaignsPage.line(progress.get(org, campaign.id())));
            }
            pages.page(
                    ctx,
                    "overview.jte",
                    "Overview",
                    "overview",
                    Map.of("accounts", accountRows(org), "running", running, "events", eventRows(org)));
        });
        routes.get(
                "/console/overview/events",
                ctx -> pages.fragment(ctx, "events.jte", Map.of("events", eventRows(Pages.org(ctx)))));
    }

    List<Rows.Account> accountRows(OrgId org) {
        List<Rows.Account> rows = new ArrayList<>();
        for (LineAccount account : accounts.list(org, PageRequest.first(100)).items()) {
            long followers = audiences
                    .preview(
                            org,
                            new JsonLike.JObject(Map.of(
                                    "field", new JsonLike.JString("subscription.status"),
                                    "account", new JsonLike.JString(account.id().value()),
                                    "op", new JsonLike.JString("eq"),
                                    "value", new JsonLike.JString("FOLLOWING"))),
                            0)
                    .count();
            rows.add(new Rows.Account(
                    account.id().value(),
                    account.name(),
                    account.providerName(),
                    account.channelId(),
                    account.status().name(),
                    followers,
                    publicUrl.resolve("/webhooks/line/" + account.id().value()).toString(),
                    account.notificationMessages()));
        }
        return rows;
    }

    private List<Rows.Event> eventRows(OrgId org) {
        Map<String, String> names = new HashMap<>();
        accounts.list(org, PageRequest.first(100)).items().forEach(a -> names.put(a.id().value(), a.name()));
        return events.recent(org, 15).stream()
                .map(event -> new Rows.Event(
                        Format.moment(event.receivedAt()),
                        names.getOrDefault(
                                event.accountId().value(), event.accountId().value()),
                        event.type(),
                        event.lineUserId().orElse(""),
                        event.content().orElse("")))
                .toList();
    }
}
