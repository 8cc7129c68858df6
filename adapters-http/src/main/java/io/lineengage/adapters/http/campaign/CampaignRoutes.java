package io.lineengage.adapters.http.campaign;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.plugin.Plugin;
import io.lineengage.adapters.http.web.ApiAuthentication;
import io.lineengage.adapters.http.web.JsonBody;
import io.lineengage.adapters.http.web.Pagination;
import io.lineengage.application.port.in.campaign.CampaignProgress;
import io.lineengage.application.port.in.campaign.CreateCampaignCommand;
import io.lineengage.application.port.in.campaign.CreateCampaignUseCase;
import io.lineengage.application.port.in.campaign.LaunchCampaignUseCase;
import io.lineengage.application.port.in.campaign.ListCampaignsUseCase;
import io.lineengage.application.port.in.campaign.MoveCampaignUseCase;
import io.lineengage.application.port.in.campaign.ReadCampaignStatisticsUseCase;
import io.lineengage.application.port.in.campaign.ReadCampaignUseCase;
import io.lineengage.application.port.in.campaign.TestSendCampaignUseCase;
import io.lineengage.domain.audience.AudienceId;
import io.lineengage.domain.campaign.Campaign;
import io.lineengage.domain.campaign.CampaignId;
import io.lineengage.domain.campaign.CampaignStatus;
import io.lineengage.domain.campaign.Delivery;
import io.lineengage.domain.campaign.DeliveryCounts;
import io.lineengage.domain.campaign.FrequencyCap;
import io.lineengage.domain.campaign.QuietHours;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.gateway.PriorityClass;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.template.TemplateId;
import java.time.Instant;
import java.time.LocalTime;
import java.time.Period;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Campaigns: create, launch, pause, resume, cancel, progress and the per-recipient ledger. */
final class CampaignRoutes extends Plugin<Void> {
    private final ObjectMapper json;
    private final CreateCampaignUseCase create;
    private final ReadCampaignUseCase read;
    private final ListCampaignsUseCase list;
    private final LaunchCampaignUseCase launch;
    private final MoveCampaignUseCase moves;
    private final TestSendCampaignUseCase testSend;
    private final ReadCampaignStatisticsUseCase statistics;

    CampaignRoutes(
            ObjectMapper json,
            CreateCampaignUseCase create,
            ReadCampaignUseCase read,
            ListCampaignsUseCase list,
            LaunchCampaignUseCase launch,
            MoveCampaignUseCase moves,
            TestSendCampaignUseCase testSend,
            ReadCampaignStatisticsUseCase statistics) {
        this.json = json;
        this.create = create;
        this.read = read;
        this.list = list;
        this.launch = launch;
        this.moves = moves;
        this.testSend = testSend;
        this.statistics = statistics;
    }

    @Override
    public void onInitialize(JavalinState state) {
        state.routes.post("/api/v1/campaigns", this::create);
        state.routes.get("/api/v1/campaigns", ctx -> {
            Optional<CampaignStatus> status =
                    Optional.ofNullable(ctx.queryParam("status")).map(CampaignRoutes::status);
            ctx.json(Pagination.body(
                    list.list(ApiAuthentication.orgOf(ctx), status, Pagination.request(ctx)),
                    CampaignRoutes::campaign));
        });
        state.routes.get(
                "/api/v1/campaigns/{id}", ctx -> ctx.json(progress(read.get(ApiAuthentication.orgOf(ctx), id(ctx)))));
        state.routes.post(
                "/api/v1/campaigns/{id}/launch",
                ctx -> ctx.json(progress(launch.launch(ApiAuthentication.orgOf(ctx), id(ctx)))));
        state.routes.post(
                "/api/v1/campaigns/{id}/pause",
                ctx -> ctx.json(progress(moves.pause(ApiAuthentication.orgOf(ctx), id(ctx)))));
        state.routes.post(
                "/api/v1/campaigns/{id}/resume",
                ctx -> ctx.json(progress(moves.resume(ApiAuthentication.orgOf(ctx), id(ctx)))));
        state.routes.post(
                "/api/v1/campaigns/{id}/cancel",
                ctx -> ctx.json(progress(moves.cancel(ApiAuthentication.orgOf(ctx), id(ctx)))));
        state.routes.post("/api/v1/campaigns/{id}/test-send", this::testSend);
        state.routes.get(
                "/api/v1/campaigns/{id}/statistics",
                ctx -> ctx.json(
                        CampaignStatisticsJson.body(statistics.statistics(ApiAuthentication.orgOf(ctx), id(ctx)))));
        state.routes.get(
                "/api/v1/campaigns/{id}/deliveries",
                ctx -> ctx.json(Pagination.body(
                        read.deliveries(ApiAuthentication.orgOf(ctx), id(ctx), Pagination.request(ctx)),
                        CampaignRoutes::entry)));
    }

    private void create(Context ctx) {
        OrgId org = ApiAuthentication.orgOf(ctx);
        JsonBody body = JsonBody.read(
                ctx,
                json,
                Set.of(
                        "name",
                        "templateId",
                        "audienceId",
                        "priority",
                        "gatewayIds",
                        "scheduleAt",
                        "quietHours",
                        "frequencyCap"));
        String name = body.requiredText("name");
        String template = body.requiredText("templateId");
        String audience = body.requiredText("audienceId");
        PriorityClass priority = body.requiredEnum("priority", PriorityClass.class);
        List<GatewayId> gateways = body.optionalIdList("gatewayIds", "gateway ID", GatewayId::new);
        Optional<Instant> scheduleAt = body.optionalInstant("scheduleAt");
        Optional<QuietHours> quietHours = body.optionalObject("quietHours", Set.of("start", "end"), quiet -> {
            LocalTime start = quiet.requiredTime("start");
            LocalTime end = quiet.requiredTime("end");
            quiet.validate();
            return new QuietHours(start, end);
        });
        Optional<FrequencyCap> cap = body.optionalObject("frequencyCap", Set.of("max", "within"), limit -> {
            Integer max = limit.requiredInt("max");
            Period within = limit.requiredPeriod("within");
            limit.validate();
            return new FrequencyCap(max, within);
        });
        body.validate();
        Campaign campaign = create.create(
                org,
                new CreateCampaignCommand(
                        name,
                        template == null ? null : new TemplateId(template),
                        audience == null ? null : new AudienceId(audience),
                        priority,
                        gateways,
                        scheduleAt,
                        quietHours,
                        cap));
        ctx.status(201)
                .header("Location", "/api/v1/campaigns/" + campaign.id())
                .json(progress(read.get(org, campaign.id())));
    }

    private void testSend(Context ctx) {
        OrgId org = ApiAuthentication.orgOf(ctx);
        JsonBody body = JsonBody.read(ctx, json, Set.of("customerIds"));
        List<CustomerId> customers = body.requiredIdList("customerIds", "customer ID", CustomerId::new);
        body.validate();
        ctx.json(Map.of(
                "items",
                testSend.testSend(org, id(ctx), customers).stream()
                        .map(result -> {
                            Map<String, Object> item = new LinkedHashMap<>();
                            item.put("customerId", result.customerId().value());
                            item.put("status", result.status());
                            item.put(
                                    "gatewayId",
                                    result.gatewayId().map(GatewayId::value).orElse(null));
                            item.put("reason", result.reason().orElse(null));
                            item.put("lineRequestId", result.lineRequestId().orElse(null));
                            item.put("test", true);
                            return item;
                        })
                        .toList()));
    }

    private static CampaignId id(Context ctx) {
        return new CampaignId(ctx.pathParam("id"));
    }

    private static CampaignStatus status(String text) {
        try {
            return CampaignStatus.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("status", "must be one of " + Arrays.toString(CampaignStatus.values()));
        }
    }

    private static Map<String, Object> progress(CampaignProgress progress) {
        Map<String, Object> body = campaign(progress.campaign());
        DeliveryCounts counts = progress.counts();
        body.put("queued", counts.queued());
        body.put("sent", counts.sent());
        body.put("failed", counts.failed());
        body.put("skipped", counts.skipped());
        body.put("freezing", progress.freezing());
        Map<String, Object> byGateway = new LinkedHashMap<>();
        counts.byGateway().forEach((gateway, numbers) -> byGateway.put(gateway.value(), numbers));
        body.put("byGateway", byGateway);
        body.put("notices", progress.notes());
        body.put(
                "failovers",
                progress.failovers().stream()
                        .map(failure -> {
                            Map<String, Object> item = new LinkedHashMap<>();
                            item.put("gatewayId", failure.gatewayId().value());
                            item.put("reason", failure.reason());
                            item.put("at", failure.at());
                            item.put("moved", failure.moved());
                            item.put("stranded", failure.stranded());
                            return item;
                        })
                        .toList());
        return body;
    }

    /** The campaign as it was written and where it stands, without the counts (a list shows many). */
    private static Map<String, Object> campaign(Campaign campaign) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", campaign.id().value());
        body.put("name", campaign.name());
        body.put("status", campaign.status().name());
        body.put("templateId", campaign.templateId().value());
        body.put("audienceId", campaign.audienceId().value());
        body.put("priority", campaign.priority().name());
        body.put(
                "gatewayIds",
                campaign.gatewayIds().stream().map(GatewayId::value).toList());
        body.put("scheduleAt", campaign.scheduleAt().orElse(null));
        body.put(
                "frequencyCap",
                campaign.frequencyCap()
                        .map(cap ->
                                Map.of("max", cap.max(), "within", cap.within().toString()))
                        .orElse(null));
        body.put(
                "quietHours",
                campaign.quietHours()
                        .map(quiet -> Map.of(
                                "start",
                                quiet.start().toString(),
                                "end",
                                quiet.end().toString()))
                        .orElse(null));
        body.put("createdAt", campaign.createdAt());
        body.put("launchedAt", campaign.launchedAt().orElse(null));
        body.put("finishedAt", campaign.finishedAt().orElse(null));
        return body;
    }

    private static Map<String, Object> entry(Delivery entry) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customerId", entry.customerId().value());
        body.put("lineUserId", entry.lineUserId().orElse(null));
        body.put("gatewayId", entry.gatewayId().map(GatewayId::value).orElse(null));
        body.put("status", entry.status());
        body.put("reason", entry.reason().orElse(null));
        body.put("lineRequestId", entry.lineRequestId().orElse(null));
        body.put("error", entry.error().orElse(null));
        return body;
    }
}
