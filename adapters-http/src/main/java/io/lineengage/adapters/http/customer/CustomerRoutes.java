package io.lineengage.adapters.http.customer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.plugin.Plugin;
import io.lineengage.adapters.http.interaction.TimelineJson;
import io.lineengage.adapters.http.web.ApiAuthentication;
import io.lineengage.adapters.http.web.JsonBody;
import io.lineengage.adapters.http.web.Pagination;
import io.lineengage.application.port.in.customer.CustomersUseCase;
import io.lineengage.application.port.in.customer.ImportCustomersUseCase;
import io.lineengage.application.port.in.customer.LineIdentitiesUseCase;
import io.lineengage.application.port.in.customer.LookupUseCase;
import io.lineengage.application.port.in.customer.UpsertCustomerCommand;
import io.lineengage.application.port.in.interaction.ReadInteractionsUseCase;
import io.lineengage.application.port.in.job.FollowerBackfillUseCase;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.customer.AttributeType;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.interaction.TimelineFilter;
import io.lineengage.domain.job.Job;
import io.lineengage.domain.job.JobId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.PageRequest;
import io.lineengage.domain.subscription.ConsentCategory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Customers, their attributes, LINE identities, consents, lookup, imports and follower backfills. */
final class CustomerRoutes extends Plugin<Void> {
    private static final int RECENT_INTERACTIONS = 20;

    private final ObjectMapper json;
    private final CustomersUseCase customers;
    private final ImportCustomersUseCase imports;
    private final LineIdentitiesUseCase identities;
    private final LookupUseCase lookup;
    private final ReadInteractionsUseCase interactions;
    private final FollowerBackfillUseCase backfills;

    CustomerRoutes(
            ObjectMapper json,
            CustomersUseCase customers,
            ImportCustomersUseCase imports,
            LineIdentitiesUseCase identities,
            LookupUseCase lookup,
            ReadInteractionsUseCase interactions,
            FollowerBackfillUseCase backfills) {
        this.json = json;
        this.customers = customers;
        this.imports = imports;
        this.identities = identities;
        this.lookup = lookup;
        this.interactions = interactions;
        this.backfills = backfills;
    }

    @Override
    public void onInitialize(JavalinState state) {
        state.routes.post("/api/v1/customers", this::upsert);
        state.routes.get(
                "/api/v1/customers",
                ctx -> ctx.json(Pagination.body(
                        customers.list(
                                ApiAuthentication.orgOf(ctx),
                                Optional.ofNullable(ctx.queryParam("q")),
                                Pagination.request(ctx)),
                        CustomerJson::body)));
        state.routes.post("/api/v1/customers/import", this::importCustomers);
        state.routes.get(
                "/api/v1/customers/{customerId}",
                ctx -> ctx.json(CustomerJson.body(customers.get(ApiAuthentication.orgOf(ctx), customerId(ctx)))));
        state.routes.post("/api/v1/customers/{customerId}/line-identities", this::link);
        state.routes.put("/api/v1/customers/{customerId}/consents", this::consent);
        state.routes.get("/api/v1/attributes", this::attributes);
        state.routes.put("/api/v1/attributes/{name}", this::defineAttribute);
        state.routes.delete("/api/v1/attributes/{name}", ctx -> {
            customers.removeAttribute(ApiAuthentication.orgOf(ctx), ctx.pathParam("name"));
            ctx.status(204);
        });
        state.routes.get("/api/v1/lookup", this::lookup);
        state.routes.post("/api/v1/line-accounts/{id}/registrations", this::register);
        state.routes.post("/api/v1/line-accounts/{id}/followers/backfill", ctx -> {
            Job job = backfills.start(ApiAuthentication.orgOf(ctx), new LineAccountId(ctx.pathParam("id")));
            ctx.status(202)
                    .header("Location", "/api/v1/jobs/" + job.id())
                    .json(Map.of("jobId", job.id().value()));
        });
        state.routes.get(
                "/api/v1/jobs/{jobId}",
                ctx -> ctx.json(job(backfills.get(ApiAuthentication.orgOf(ctx), new JobId(ctx.pathParam("jobId"))))));
    }

    private void upsert(Context ctx) {
        OrgId org = ApiAuthentication.orgOf(ctx);
        UpsertCustomerCommand command = CustomerJson.command(org, 0, JsonBody.read(ctx, json, CustomerJson.FIELDS));
        CustomersUseCase.Upserted upserted = customers.upsert(command);
        ctx.status(upserted.created() ? 201 : 200).json(CustomerJson.body(upserted.customer()));
    }

    private void importCustomers(Context ctx) throws IOException {
        OrgId org = ApiAuthentication.orgOf(ctx);
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        ImportCustomersUseCase.Report report;
        if (type.startsWith("text/csv")) {
            report = imports.importRows(org, ImportRows.csv(org, ctx.bodyInputStream()));
        } else if (type.startsWith("application/x-ndjson") || type.startsWith("application/ndjson")) {
            report = imports.importRows(org, ImportRows.ndjson(org, ctx.bodyInputStream(), json));
        } else {
            throw ValidationException.of("Content-Type", "must be text/csv or application/x-ndjson");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("created", report.created());
        body.put("updated", report.updated());
        body.put("rejectedCount", report.rejectedCount());
        body.put(
                "rejected",
                report.rejected().stream()
                        .map(rejected -> {
                            Map<String, Object> item = new LinkedHashMap<>();
                            item.put("line", rejected.line());
                            item.put("reason", rejected.reason());
                            return item;
                        })
                        .toList());
        body.put("duplicateCount", report.duplicateCount());
        body.put(
                "duplicates",
                report.duplicates().stream()
                        .map(duplicate -> {
                            Map<String, Object> item = new LinkedHashMap<>();
                            item.put("line", duplicate.line());
                            item.put("earlierLine", duplicate.earlierLine());
                            item.put("externalId", duplicate.externalId());
                            return item;
                        })
                        .toList());
        ctx.json(body);
    }

    private void link(Context ctx) {
        OrgId org = ApiAuthentication.orgOf(ctx);
        JsonBody body = JsonBody.read(ctx, json, Set.of("lineAccountId", "lineUserId"));
        String account = body.requiredText("lineAccountId");
        String user = body.requiredText("lineUserId");
        body.validate();
        Customer customer = identities.link(org, customerId(ctx), new LineAccountId(account), user);
        ctx.json(CustomerJson.body(customer));
    }

    private void register(Context ctx) {
        OrgId org = ApiAuthentication.orgOf(ctx);
        JsonBody body = JsonBody.read(ctx, json, Set.of("lineUserId", "name", "mobile", "email"));
        String user = body.requiredText("lineUserId");
        Optional<String> name = Optional.ofNullable(body.optionalText("name"));
        Optional<String> mobile = Optional.ofNullable(body.optionalText("mobile"));
        Optional<String> email = Optional.ofNullable(body.optionalText("email"));
        body.validate();
        LineIdentitiesUseCase.Registered registered =
                identities.register(org, new LineAccountId(ctx.pathParam("id")), user, name, mobile, email);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("matched", registered.matched());
        answer.put("customer", CustomerJson.body(registered.customer()));
        ctx.json(answer);
    }

    private void consent(Context ctx) {
        OrgId org = ApiAuthentication.orgOf(ctx);
        JsonBody body = JsonBody.read(ctx, json, Set.of("lineAccountId", "category", "optedIn"));
        String account = body.requiredText("lineAccountId");
        ConsentCategory parsed = body.requiredEnum("category", ConsentCategory.class);
        Boolean optedIn = body.requiredBoolean("optedIn");
        body.validate();
        identities.changeConsent(org, customerId(ctx), new LineAccountId(account), parsed, optedIn);
        ctx.status(204);
    }

    private void attributes(Context ctx) {
        List<Map<String, String>> items = new ArrayList<>();
        customers.attributes(ApiAuthentication.orgOf(ctx)).entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> {
                    Map<String, String> item = new LinkedHashMap<>();
                    item.put("name", entry.getKey());
                    item.put("type", entry.getValue().name());
                    items.add(item);
                });
        ctx.json(Map.of("items", items));
    }

    private void defineAttribute(Context ctx) {
        JsonBody body = JsonBody.read(ctx, json, Set.of("type"));
        AttributeType parsed = body.requiredEnum("type", AttributeType.class);
        body.validate();
        customers.defineAttribute(ApiAuthentication.orgOf(ctx), ctx.pathParam("name"), parsed);
        Map<String, String> defined = new LinkedHashMap<>();
        defined.put("name", ctx.pathParam("name"));
        defined.put("type", parsed.name());
        ctx.json(defined);
    }

    private void lookup(Context ctx) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String key : List.of("customerId", "externalId", "mobile", "lineUserId")) {
            String value = ctx.queryParam(key);
            if (value != null && !value.isBlank()) {
                keys.put(key, value);
            }
        }
        if (keys.size() != 1) {
            throw ValidationException.of("query", "give exactly one of customerId, externalId, mobile, lineUserId");
        }
        Map.Entry<String, String> key = keys.entrySet().iterator().next();
        LookupUseCase.Key lookupKey = switch (key.getKey()) {
            case "customerId" -> new LookupUseCase.Key.ByCustomerId(key.getValue());
            case "externalId" -> new LookupUseCase.Key.ByExternalId(key.getValue());
            case "mobile" -> new LookupUseCase.Key.ByMobile(key.getValue());
            default -> new LookupUseCase.Key.ByLineUserId(key.getValue());
        };
        LookupUseCase.Details details = lookup.lookup(ApiAuthentication.orgOf(ctx), lookupKey);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customer", CustomerJson.body(details.customer()));
        body.put(
                "lineIdentities",
                details.identities().stream()
                        .map(identity -> {
                            Map<String, Object> item = new LinkedHashMap<>();
                            item.put("provider", identity.provider());
                            item.put("lineUserId", identity.lineUserId());
                            item.put(
                                    "profile",
                                    identity.profile()
                                            .map(profile -> {
                                                Map<String, Object> p = new LinkedHashMap<>();
                                                p.put("displayName", profile.displayName());
                                                p.put(
                                                        "pictureUrl",
                                                        profile.pictureUrl().orElse(null));
                                                p.put(
                                                        "language",
                                                        profile.language().orElse(null));
                                                p.put(
                                                        "statusMessage",
                                                        profile.statusMessage().orElse(null));
                                                p.put(
                                                        "fetchedAt",
                                                        identity.profileFetchedAt()
                                                                .orElse(null));
                                                return p;
                                            })
                                            .orElse(null));
                            item.put(
                                    "subscriptions",
                                    identity.subscriptions().stream()
                                            .map(subscription -> {
                                                Map<String, Object> s = new LinkedHashMap<>();
                                                s.put(
                                                        "lineAccountId",
                                                        subscription.accountId().value());
                                                s.put("accountName", subscription.accountName());
                                                s.put(
                                                        "status",
                                                        subscription
                                                                .subscription()
                                                                .status());
                                                s.put(
                                                        "since",
                                                        subscription
                                                                .subscription()
                                                                .since()
                                                                .orElse(null));
                                                Map<String, Boolean> consents = new LinkedHashMap<>();
                                                for (ConsentCategory category : ConsentCategory.values()) {
                                                    consents.put(
                                                            category.name(),
                                                            subscription
                                                                    .subscription()
                                                                    .consents()
                                                                    .get(category));
                                                }
                                                s.put("consents", consents);
                                                return s;
                                            })
                                            .toList());
                            return item;
                        })
                        .toList());
        // The recent interactions are the first page of the customer's timeline.
        body.put(
                "interactions",
                interactions
                        .timeline(
                                ApiAuthentication.orgOf(ctx),
                                details.customer().id(),
                                TimelineFilter.ALL,
                                PageRequest.first(RECENT_INTERACTIONS))
                        .items()
                        .stream()
                        .map(TimelineJson::item)
                        .toList());
        ctx.json(body);
    }

    private static Map<String, Object> job(Job job) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", job.id().value());
        body.put("kind", job.kind());
        body.put("lineAccountId", job.accountId().value());
        body.put("state", job.state());
        body.put("done", job.done());
        body.put("total", job.total().isPresent() ? job.total().getAsLong() : null);
        body.put("error", job.error().orElse(null));
        body.put("startedAt", job.startedAt());
        body.put("updatedAt", job.updatedAt());
        body.put("finishedAt", job.finishedAt().orElse(null));
        return body;
    }

    private static CustomerId customerId(Context ctx) {
        return new CustomerId(ctx.pathParam("customerId"));
    }

    @Override
    public String name() {
        return "line-engage-customers";
    }
}
