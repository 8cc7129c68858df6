package io.lineengage.adapters.console;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import io.lineengage.adapters.console.view.CampaignView;
import io.lineengage.adapters.console.view.Rows;
import io.lineengage.application.port.in.account.FindLineAccountsUseCase;
import io.lineengage.application.port.in.audience.AudiencesUseCase;
import io.lineengage.application.port.in.campaign.CampaignProgress;
import io.lineengage.application.port.in.campaign.CreateCampaignCommand;
import io.lineengage.application.port.in.campaign.CreateCampaignUseCase;
import io.lineengage.application.port.in.campaign.LaunchCampaignUseCase;
import io.lineengage.application.port.in.campaign.ListCampaignsUseCase;
import io.lineengage.application.port.in.campaign.MoveCampaignUseCase;
import io.lineengage.application.port.in.campaign.ReadCampaignStatisticsUseCase;
import io.lineengage.application.port.in.campaign.ReadCampaignUseCase;
import io.lineengage.application.port.in.gateway.GatewaysUseCase;
import io.lineengage.application.port.in.template.TemplatesUseCase;
import io.lineengage.domain.audience.AudienceId;
import io.lineengage.domain.campaign.Campaign;
import io.lineengage.domain.campaign.CampaignId;
import io.lineengage.domain.campaign.CampaignStatus;
import io.lineengage.domain.campaign.Delivery;
import io.lineengage.domain.campaign.FrequencyCap;
import io.lineengage.domain.campaign.QuietHours;
import io.lineengage.domain.error.FieldError;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.gateway.Gateway;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.gateway.PriorityClass;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import io.lineengage.domain.template.TemplateId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Campaigns: the list by status; create (template, audience with its count, gateways, schedule, quiet hours,
 * frequency cap); launch after a confirmation of how many go through which gateway; live progress (sent, failed,
 * skipped by reason, the split against the weights, failovers); pause, resume, cancel; the deliveries, paged; statistics.
 */
final class CampaignsPage implements ConsolePage {
    private final ListCampaignsUseCase list;
    private final ReadCampaignUseCase read;
    private final CreateCampaignUseCase create;
    private final LaunchCampaignUseCase launch;
    private final MoveCampaignUseCase move;
    private final ReadCampaignStatisticsUseCase statistics;
    private final TemplatesUseCase templates;
    private final AudiencesUseCase audiences;
    private final GatewaysUseCase gateways;
    private final FindLineAccountsUseCase accounts;
    private final Clock clock;

    CampaignsPage(
            ListCampaignsUseCase list,
            ReadCampaignUseCase read,
            CreateCampaignUseCase create,
            LaunchCampaignUseCase launch,
            MoveCampaignUseCase move,
            ReadCampaignStatisticsUseCase statistics,
            TemplatesUseCase templates,
            AudiencesUseCase audiences,
            GatewaysUseCase gateways,
            FindLineAccountsUseCase accounts,
            Clock clock) {
        this.list = list;
        this.read = read;
        this.create = create;
        this.launch = launch;
        this.move = move;
        this.statistics = statistics;
        this.templates = templates;
        this.audiences = audiences;
        this.gateways = gateways;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes, Pages pages) {
        routes.get("/console/campaigns", ctx -> {
            OrgId org = Pages.org(ctx);
            String status = Optional.ofNullable(ctx.queryParam("status")).orElse("");
            Optional<CampaignStatus> filter = statusOf(status);
            List<Rows.CampaignLine> lines = new ArrayList<>();
            for (Campaign campaign :
                    list.list(org, filter, PageRequest.first(100)).items()) {
                lines.add(line(read.get(org, campaign.id())));
            }
            List<Rows.Choice> tabs = new ArrayList<>();
            tabs.add(new Rows.Choice("", "All", status.isEmpty()));
            for (CampaignStatus each : CampaignStatus.values()) {
                tabs.add(new Rows.Choice(
                        each.name(),
                        each.name().charAt(0) + each.name().substring(1).toLowerCase(),
                        each.name().equals(status)));
            }
            pages.page(ctx, "campaigns.jte", "Campaigns", "campaigns", Map.of("campaigns", lines, "tabs", tabs));
        });
        routes.get("/console/campaigns/new", ctx -> form(ctx, pages, Map.of(), List.of()));
        routes.post("/console/campaigns/new", ctx -> submit(ctx, pages));
        routes.post("/console/campaigns/audience-count", ctx -> {
            String audience = Optional.ofNullable(ctx.formParam("audienceId")).orElse("");
            String text = audience.isEmpty()
                    ? ""
                    : audiences
                                    .preview(Pages.org(ctx), new AudienceId(audience), 0)
                                    .count() + " customers now";
            ctx.contentType("text/html; charset=utf-8").result(PhonePreview.esc(text));
        });
        routes.get("/console/campaigns/{id}", pages.guarded(ctx -> show(ctx, pages)));
        routes.get(
                "/console/campaigns/{id}/progress",
                pages.guarded(ctx -> pages.fragment(
                        ctx, "progress.jte", Map.of("c", view(Pages.org(ctx), read.get(Pages.org(ctx), id(ctx)))))));
        routes.get("/console/campaigns/{id}/launch", pages.guarded(ctx -> confirm(ctx, pages)));
        routes.post(
                "/console/campaigns/{id}/launch",
                pages.guarded(ctx -> act(ctx, () -> launch.launch(Pages.org(ctx), id(ctx)))));
        routes.post(
                "/console/campaigns/{id}/pause",
                pages.guarded(ctx -> act(ctx, () -> move.pause(Pages.org(ctx), id(ctx)))));
        routes.post(
                "/console/campaigns/{id}/resume",
                pages.guarded(ctx -> act(ctx, () -> move.resume(Pages.org(ctx), id(ctx)))));
        routes.post(
                "/console/campaigns/{id}/cancel",
                pages.guarded(ctx -> act(ctx, () -> move.cancel(Pages.org(ctx), id(ctx)))));
    }

    private static CampaignId id(Context ctx) {
        return new CampaignId(ctx.pathParam("id"));
    }

    private static Optional<CampaignStatus> statusOf(String text) {
        for (CampaignStatus status : CampaignStatus.values()) {
            if (status.name().equals(text)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    private void act(Context ctx, Runnable action) {
        action.run();
        ctx.redirect("/console/campaigns/" + ctx.pathParam("id"));
    }

    private void form(Context ctx, Pages pages, Map<String, String> values, List<FieldError> faults) {
        OrgId org = Pages.org(ctx);
        Map<String, Object> params = new HashMap<>();
        params.put("values", values);
        params.put(
                "faults",
                faults.stream().map(f -> f.field() + ": " + f.message()).toList());
        params.put(
                "templates",
                templates.list(org, PageRequest.first(200)).items().stream()
                        .map(t -> new Rows.Choice(
                                t.id().value(), t.name(), t.id().value().equals(values.get("templateId"))))
                        .toList());
        params.put(
                "audiences",
                audiences.list(org, PageRequest.first(200)).items().stream()
                        .map(a -> new Rows.Choice(
                                a.id().value(), a.name(), a.id().value().equals(values.get("audienceId"))))
                        .toList());
        Map<String, String> names = accountNames(org);
        params.put(
                "gateways",
                gateways.list(org, PageRequest.first(200)).items().stream()
                        .map(g -> new Rows.Choice(
                                g.id().value(),
                                names.getOrDefault(
                                                g.accountId().value(),
                                                g.accountId().value()) + " · " + g.priority() + " · weight "
                                        + g.weight() + (g.isDefault() ? " · default" : ""),
                                values.getOrDefault("gatewayIds", "").contains(g.id().value())))
                        .toList());
        pages.page(ctx, "newcampaign.jte", "New campaign", "campaigns", params);
    }

    private void submit(Context ctx, Pages pages) {
        OrgId org = Pages.org(ctx);
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : List.of(
                "name",
                "templateId",
                "audienceId",
                "priority",
                "scheduleAt",
                "quietStart",
                "quietEnd",
                "capMax",
                "capWithin")) {
            values.put(name, Optional.ofNullable(ctx.formParam(name)).orElse("").strip());
        }
        List<String> chosen = ctx.formParams("gatewayIds");
        values.put("gatewayIds", String.join(",", chosen));
        try {
            List<FieldError> faults = new ArrayList<>();
            Optional<Instant> schedule = Optional.empty();
            if (!values.get("scheduleAt").isEmpty()) {
                try {
                    schedule = Optional.of(Instant.parse(values.get("scheduleAt")));
                } catch (DateTimeParseException e) {
                    faults.add(new FieldError("scheduleAt", "must be a moment such as 2026-12-24T09:00:00Z"));
                }
            }
            Optional<QuietHours> quiet = Optional.empty();
            if (!values.get("quietStart").isEmpty() || !values.get("quietEnd").isEmpty()) {
                try {
                    quiet = Optional.of(new QuietHours(
                            LocalTime.parse(values.get("quietStart")), LocalTime.parse(values.get("quietEnd"))));
                } catch (DateTimeParseException e) {
                    faults.add(new FieldError("quietHours", "give a start and an end such as 21:00 and 08:00"));
                }
            }
            Optional<FrequencyCap> cap = Optional.empty();
            if (!values.get("capMax").isEmpty()) {
                try {
                    cap = Optional.of(new FrequencyCap(
                            Integer.parseInt(values.get("capMax")), Period.parse(values.get("capWithin"))));
                } catch (NumberFormatException | DateTimeParseException e) {
                    faults.add(new FieldError("frequencyCap", "give at most how many within a period such as P7D"));
                }
            }
            if (!faults.isEmpty()) {
                throw new ValidationException(faults);
            }
            Campaign campaign = create.create(
                    org,
                    new CreateCampaignCommand(
                            values.get("name"),
                            values.get("templateId").isEmpty() ? null : new TemplateId(values.get("templateId")),
                            values.get("audienceId").isEmpty() ? null : new AudienceId(values.get("audienceId")),
                            values.get("priority").equals("TRANSACTIONAL")
                                    ? PriorityClass.TRANSACTIONAL
                                    : PriorityClass.BULK,
                            chosen.stream().map(GatewayId::new).toList(),
                            schedule,
                            quiet,
                            cap));
            ctx.redirect("/console/campaigns/" + campaign.id().value());
        } catch (ValidationException e) {
            ctx.status(400);
            form(ctx, pages, values, e.errors());
        }
    }

    private void show(Context ctx, Pages pages) {
        OrgId org = Pages.org(ctx);
        CampaignProgress progress = read.get(org, id(ctx));
        Optional<String> cursor = Optional.ofNullable(ctx.queryParam("cursor")).filter(c -> !c.isBlank());
        Page<Delivery> deliveries = read.deliveries(org, id(ctx), new PageRequest(25, cursor));
        List<String> stats = new ArrayList<>();
        if (progress.campaign().status() == CampaignStatus.COMPLETED) {
            try {
                ReadCampaignStatisticsUseCase.CampaignStatistics figures = statistics.statistics(org, id(ctx));
                stats.add("Unique impressions (LINE): "
                        + figures.total().uniqueImpressions().describe());
                stats.add("Unique clicks (LINE): "
                        + figures.total().uniqueClicks().describe());
                stats.add("Clicks on tracked links: " + figures.ourClicks().clicks() + " by "
                        + figures.ourClicks().uniqueClickers() + " customers");
            } catch (RuntimeException e) {
                stats.add("Statistics are not available yet: " + e.getMessage());
            }
        }
        pages.page(
                ctx,
                "campaign.jte",
                progress.campaign().name(),
                "campaigns",
                Map.of(
                        "c",
                        view(org, progress),
                        "deliveries",
                        deliveries.items(),
                        "next",
                        deliveries.nextCursor().orElse(""),
                        "stats",
                        stats));
    }

    /** Before launching: how many the audience holds now and how the weights would split them. */
    private void confirm(Context ctx, Pages pages) {
        OrgId org = Pages.org(ctx);
        Campaign campaign = read.get(org, id(ctx)).campaign();
        long count = audiences.preview(org, campaign.audienceId(), 0).count();
        List<Gateway> using = usable(org, campaign);
        int total = using.stream().mapToInt(Gateway::weight).sum();
        Map<String, String> names = accountNames(org);
        List<CampaignView.Split> split = using.stream()
                .map(g -> new CampaignView.Split(
                        g.id().value(),
                        names.getOrDefault(g.accountId().value(), g.accountId().value()),
                        total == 0 ? 0 : count * g.weight() / total,
                        total == 0 ? 0 : g.weight() * 100 / total,
                        total == 0 ? 0 : g.weight() * 100 / total))
                .toList();
        pages.page(
                ctx,
                "launch.jte",
                "Launch " + campaign.name(),
                "campaigns",
                Map.of("id", campaign.id().value(), "name", campaign.name(), "count", count, "split", split));
    }

    /** The gateways a launch would use now: those named, or the defaults of the campaign's class. */
    private List<Gateway> usable(OrgId org, Campaign campaign) {
        Instant now = clock.instant();
        return gateways.list(org, PageRequest.first(200)).items().stream()
                .filter(g -> campaign.gatewayIds().isEmpty()
                        ? g.isDefault() && g.priority() == campaign.priority()
                        : campaign.gatewayIds().contains(g.id()))
                .filter(g -> g.activeFrom().map(from -> !from.isAfter(now)).orElse(true)
                        && g.activeUntil().map(until -> until.isAfter(now)).orElse(true))
                .toList();
    }

    private Map<String, String> accountNames(OrgId org) {
        Map<String, String> names = new HashMap<>();
        accounts.list(org, PageRequest.first(100)).items().forEach(a -> names.put(a.id().value(), a.name()));
        return names;
    }

    CampaignView view(OrgId org, CampaignProgress progress) {
        Campaign campaign = progress.campaign();
        Map<String, String> names = accountNames(org);
        Map<GatewayId, Gateway> byId = new HashMap<>();
        gateways.list(org, PageRequest.first(200)).items().forEach(g -> byId.put(g.id(), g));
        long sentAll = progress.counts().sent();
        List<Gateway> involved = new ArrayList<>();
        progress.counts()
                .byGateway()
                .keySet()
                .forEach(id -> Optional.ofNullable(byId.get(id)).ifPresent(involved::add));
        int weights = involved.stream().mapToInt(Gateway::weight).sum();
        List<CampaignView.Split> split = progress.counts().byGateway().entrySet().stream()
                .map(entry -> {
                    long sent = entry.getValue().getOrDefault("sent", 0L);
                    Optional<Gateway> gateway = Optional.ofNullable(byId.get(entry.getKey()));
                    return new CampaignView.Split(
                            entry.getKey().value(),
                            gateway.map(g -> names.getOrDefault(g.accountId().value(), ""))
                                    .orElse(""),
                            sent,
                            sentAll == 0 ? 0 : (int) Math.round(sent * 100.0 / sentAll),
                            gateway.map(g -> weights == 0 ? 0 : g.weight() * 100 / weights)
                                    .orElse(0));
                })
                .sorted((a, b) -> Long.compare(b.sent(), a.sent()))
                .toList();
        CampaignStatus status = campaign.status();
        String template = campaign.templateId().value();
        String audience = campaign.audienceId().value();
        try {
            template = templates.get(org, campaign.templateId()).name();
            audience = audiences.get(org, campaign.audienceId()).name();
        } catch (RuntimeException e) {
            // deleted since: the IDs say what it was
        }
        return new CampaignView(
                campaign.id().value(),
                campaign.name(),
                status.name(),
                campaign.priority().name(),
                template,
                audience,
                campaign.scheduleAt().map(Format::moment).orElse("at launch"),
                campaign.quietHours().map(q -> q.start() + "–" + q.end()).orElse("none"),
                campaign.frequencyCap()
                        .map(c -> "at most " + c.max() + " within " + c.within())
                        .orElse("none"),
                progress.counts().queued(),
                progress.freezing(),
                progress.counts().sent(),
                progress.counts().failed(),
                progress.counts().skipped().entrySet().stream()
                        .map(e -> new CampaignView.Skip(e.getKey(), e.getValue()))
                        .toList(),
                split,
                progress.failovers().stream()
                        .map(f -> names.getOrDefault(
                                        Optional.ofNullable(byId.get(f.gatewayId()))
                                                .map(g -> g.accountId().value())
                                                .orElse(""),
                                        f.gatewayId().value())
                                + ": " + f.reason() + " (" + f.moved() + " moved, " + f.stranded() + " stranded)")
                        .toList(),
                progress.notes(),
                status == CampaignStatus.DRAFT,
                status == CampaignStatus.RUNNING || status == CampaignStatus.SCHEDULED,
                status == CampaignStatus.PAUSED,
                status.next().contains(CampaignStatus.CANCELLED),
                status == CampaignStatus.RUNNING || status == CampaignStatus.SCHEDULED);
    }

    static Rows.CampaignLine line(CampaignProgress progress) {
        Campaign campaign = progress.campaign();
        long skipped = progress.counts().skipped().values().stream()
                .mapToLong(Long::longValue)
                .sum();
        return new Rows.CampaignLine(
                campaign.id().value(),
                campaign.name(),
                campaign.status().name(),
                campaign.priority().name(),
                progress.counts().sent(),
                progress.counts().failed(),
                skipped,
                progress.counts().queued(),
                campaign.launchedAt()
                        .or(campaign::scheduleAt)
                        .map(Format::moment)
                        .orElse(Format.moment(campaign.createdAt())));
    }
}
