package io.lineengage.adapters.console;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import io.lineengage.adapters.console.view.Builder;
import io.lineengage.adapters.console.view.FilterNode;
import io.lineengage.adapters.console.view.Rows;
import io.lineengage.application.port.in.account.FindLineAccountsUseCase;
import io.lineengage.application.port.in.audience.AudiencesUseCase;
import io.lineengage.domain.audience.Audience;
import io.lineengage.domain.audience.AudienceId;
import io.lineengage.domain.audience.Op;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.error.FieldError;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.PageRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Audiences: the list, and a builder over the field catalogue (nested AND / OR / NOT groups, operations by the field's
 * type, account and list pickers, relative dates such as P30D) whose exact count and sample follow every edit, with
 * each fault shown at the condition it belongs to; save, rename, delete.
 */
final class AudiencesPage implements ConsolePage {
    private final AudiencesUseCase audiences;
    private final FindLineAccountsUseCase accounts;

    AudiencesPage(AudiencesUseCase audiences, FindLineAccountsUseCase accounts) {
        this.audiences = audiences;
        this.accounts = accounts;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes, Pages pages) {
        routes.get("/console/audiences", ctx -> {
            List<Rows.Choice> list = audiences.list(Pages.org(ctx), PageRequest.first(200)).items().stream()
                    .map(a -> new Rows.Choice(a.id().value(), a.name(), false))
                    .toList();
            pages.page(ctx, "audiences.jte", "Audiences", "audiences", Map.of("audiences", list));
        });
        routes.get("/console/audiences/new", ctx -> {
            OrgId org = Pages.org(ctx);
            page(ctx, pages, state(org, "", "", FilterForm.emptyRoot(), List.of()));
        });
        routes.get("/console/audiences/{id}", pages.guarded(ctx -> {
            OrgId org = Pages.org(ctx);
            Audience audience = audiences.get(org, new AudienceId(ctx.pathParam("id")));
            page(
                    ctx,
                    pages,
                    state(
                            org,
                            audience.id().value(),
                            audience.name(),
                            FilterForm.fromFilter(audience.filter()),
                            List.of()));
        }));
        // Structure changed (a condition or group added or removed, a field chosen): the whole builder again.
        routes.post("/console/audiences/builder", ctx -> {
            OrgId org = Pages.org(ctx);
            List<AudiencesUseCase.FilterField> fields = audiences.fields(org);
            FilterNode root = FilterForm.normalize(
                    FilterForm.apply(
                            FilterForm.read(ctx.formParamMap()),
                            Optional.ofNullable(ctx.formParam("action")).orElse(""),
                            fields.get(0).field()),
                    opsByField(fields));
            pages.fragment(ctx, "builder.jte", Map.of("builder", state(org, id(ctx), name(ctx), root, List.of())));
        });
        // A value or operation changed: the count, the sample and each condition's fault, nothing else redrawn.
        routes.post("/console/audiences/count", ctx -> {
            OrgId org = Pages.org(ctx);
            Builder builder = state(org, id(ctx), name(ctx), FilterForm.read(ctx.formParamMap()), List.of());
            pages.fragment(ctx, "count.jte", Map.of("builder", builder, "paths", FilterForm.paths(builder.root())));
        });
        routes.post("/console/audiences/save", ctx -> save(ctx, pages));
        routes.post("/console/audiences/{id}/delete", pages.guarded(ctx -> {
            audiences.delete(Pages.org(ctx), new AudienceId(ctx.pathParam("id")));
            ctx.redirect("/console/audiences");
        }));
    }

    private void save(Context ctx, Pages pages) {
        OrgId org = Pages.org(ctx);
        FilterNode root = FilterForm.read(ctx.formParamMap());
        List<AudiencesUseCase.FilterField> fields = audiences.fields(org);
        Optional<JsonLike> filter = FilterForm.toFilter(root, fields);
        String id = id(ctx);
        try {
            if (filter.isEmpty()) {
                throw ValidationException.of("filter", "add at least one condition");
            }
            Audience saved = id.isEmpty()
                    ? audiences.create(org, name(ctx), filter.get())
                    : audiences.update(org, new AudienceId(id), Optional.of(name(ctx)), filter);
            ctx.redirect("/console/audiences/" + saved.id().value());
        } catch (ValidationException e) {
            ctx.status(400);
            page(ctx, pages, state(org, id, name(ctx), root, e.errors()));
        }
    }

    private void page(Context ctx, Pages pages, Builder builder) {
        pages.page(
                ctx,
                "audience.jte",
                builder.id().isEmpty() ? "New audience" : builder.name(),
                "audiences",
                Map.of("builder", builder));
    }

    /** The builder with its count now: every fault of the filter (or of saving) at its node. */
    private Builder state(OrgId org, String id, String name, FilterNode root, List<FieldError> saveErrors) {
        List<AudiencesUseCase.FilterField> catalogue = audiences.fields(org);
        List<FieldError> errors = new ArrayList<>(saveErrors);
        Builder.Count count;
        Optional<JsonLike> filter = FilterForm.toFilter(root, catalogue);
        if (filter.isEmpty()) {
            count = new Builder.Count(0, List.of(), "Add a condition to count who it holds.");
        } else {
            try {
                AudiencesUseCase.Preview preview = audiences.preview(org, filter.get(), 5);
                count = new Builder.Count(
                        preview.count(),
                        preview.sample().stream().map(AudiencesPage::who).toList(),
                        "");
            } catch (ValidationException e) {
                errors.addAll(e.errors());
                count = new Builder.Count(0, List.of(), "Fix the conditions marked below to see the count.");
            }
        }
        Map<String, String> byNode = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        for (FieldError error : errors) {
            Optional<String> node =
                    error.field().startsWith("filter") ? FilterForm.nodeOf(error.field()) : Optional.empty();
            if (node.isPresent()) {
                String text = error.field() + ": " + error.message();
                byNode.merge(node.get(), text, (a, b) -> a + "; " + b);
            } else {
                general.add(error.field() + ": " + error.message());
            }
        }
        return new Builder(
                id,
                name,
                FilterForm.withErrors(root, byNode),
                catalogue.stream()
                        .map(field -> new Builder.Field(
                                field.field(),
                                field.type(),
                                field.ops().stream().sorted().map(Op::json).toList(),
                                field.account().name(),
                                field.values()))
                        .toList(),
                accounts.list(org, PageRequest.first(100)).items().stream()
                        .map(a -> new Rows.Choice(a.id().value(), a.name(), false))
                        .toList(),
                count,
                general);
    }

    private static Map<String, List<String>> opsByField(List<AudiencesUseCase.FilterField> fields) {
        Map<String, List<String>> ops = new LinkedHashMap<>();
        fields.forEach(field -> ops.put(
                field.field(), field.ops().stream().sorted().map(Op::json).toList()));
        return ops;
    }

    private static String who(Customer customer) {
        return customer.name().orElse("(no name)") + " · "
                + customer.externalId().orElse("LINE only");
    }

    private static String id(Context ctx) {
        return Optional.ofNullable(ctx.formParam("id")).orElse("");
    }

    private static String name(Context ctx) {
        return Optional.ofNullable(ctx.formParam("name")).orElse("");
    }
}
