package io.lineengage.adapters.console;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import io.lineengage.adapters.console.view.Member;
import io.lineengage.adapters.console.view.Rows;
import io.lineengage.application.port.in.customer.CustomersUseCase;
import io.lineengage.application.port.in.customer.LineIdentitiesUseCase;
import io.lineengage.application.port.in.customer.LookupUseCase;
import io.lineengage.application.port.in.interaction.ReadInteractionsUseCase;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.customer.AttributeValue;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.error.NotFoundException;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.interaction.TimelineEntry;
import io.lineengage.domain.interaction.TimelineFilter;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import io.lineengage.domain.subscription.ConsentCategory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Member care: find a member by customer ID, external ID, mobile or LINE user ID (or the start of a name), see their
 * profile, LINE identities with picture and name, status and consents per account (toggled here, kept in the
 * history), and their interaction timeline.
 */
final class MembersPage implements ConsolePage {
    private static final Pattern LINE_USER = Pattern.compile("U[0-9a-f]{32}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{6,}");

    private final LookupUseCase lookup;
    private final CustomersUseCase customers;
    private final LineIdentitiesUseCase identities;
    private final ReadInteractionsUseCase interactions;

    MembersPage(
            LookupUseCase lookup,
            CustomersUseCase customers,
            LineIdentitiesUseCase identities,
            ReadInteractionsUseCase interactions) {
        this.lookup = lookup;
        this.customers = customers;
        this.identities = identities;
        this.interactions = interactions;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes, Pages pages) {
        routes.get("/console/members", ctx -> search(ctx, pages));
        routes.get("/console/members/{customerId}", pages.guarded(ctx -> member(ctx, pages)));
        routes.post("/console/members/{customerId}/consents", pages.guarded(this::consent));
    }

    private void search(Context ctx, Pages pages) {
        String q = Optional.ofNullable(ctx.queryParam("q")).orElse("").strip();
        OrgId org = Pages.org(ctx);
        String message = "";
        List<Rows.Choice> matches = List.of();
        if (!q.isEmpty()) {
            Optional<Customer> found = find(org, q);
            if (found.isPresent()) {
                ctx.redirect("/console/members/" + found.get().id().value());
                return;
            }
            Page<Customer> byName = customers.list(org, Optional.of(q), PageRequest.first(20));
            matches = byName.items().stream()
                    .map(customer -> new Rows.Choice(
                            customer.id().value(),
                            customer.name().orElse("(no name)") + " · "
                                    + customer.externalId().orElse("LINE only"),
                            false))
                    .toList();
            if (matches.isEmpty()) {
                message = "No member has that customer ID, external ID, mobile, LINE user ID or name.";
            }
        }
        pages.page(ctx, "members.jte", "Members", "members", Map.of("q", q, "message", message, "matches", matches));
    }

    private Optional<Customer> find(OrgId org, String q) {
        LookupUseCase.Key key;
        if (q.startsWith("cus_")) {
            key = new LookupUseCase.Key.ByCustomerId(q);
        } else if (LINE_USER.matcher(q).matches()) {
            key = new LookupUseCase.Key.ByLineUserId(q);
        } else if (PHONE.matcher(q).matches()) {
            key = new LookupUseCase.Key.ByMobile(q);
        } else {
            key = new LookupUseCase.Key.ByExternalId(q);
        }
        try {
            return Optional.of(lookup.lookup(org, key).customer());
        } catch (NotFoundException | ValidationException e) {
            return Optional.empty();
        }
    }

    private void member(Context ctx, Pages pages) {
        OrgId org = Pages.org(ctx);
        LookupUseCase.Details details =
                lookup.lookup(org, new LookupUseCase.Key.ByCustomerId(ctx.pathParam("customerId")));
        Customer customer = details.customer();
        Member member = new Member(
                customer.id().value(),
                customer.kind().name(),
                customer.externalId().orElse(""),
                customer.name().orElse(""),
                customer.mobile().orElse(""),
                customer.email().orElse(""),
                customer.attributes().entrySet().stream()
                        .map(entry -> entry.getKey() + ": " + shown(entry.getValue()))
                        .collect(Collectors.joining(", ")),
                String.join(", ", customer.tags()),
                details.identities().stream()
                        .map(identity -> new Member.Identity(
                                identity.lineUserId(),
                                identity.profile().map(p -> p.displayName()).orElse(""),
                                identity.profile().flatMap(p -> p.pictureUrl()).orElse(""),
                                identity.subscriptions().stream()
                                        .map(s -> new Member.Subscription(
                                                s.accountId().value(),
                                                s.accountName(),
                                                s.subscription().status().name(),
                                                s.subscription()
                                                        .since()
                                                        .map(Format::moment)
                                                        .orElse(""),
                                                s.subscription()
                                                        .consents()
                                                        .getOrDefault(ConsentCategory.PROMOTIONAL, false),
                                                s.subscription()
                                                        .consents()
                                                        .getOrDefault(ConsentCategory.TRANSACTIONAL, false)))
                                        .toList()))
                        .toList());
        Map<String, String> accountNames = new HashMap<>();
        member.identities()
                .forEach(identity ->
                        identity.subscriptions().forEach(s -> accountNames.put(s.accountId(), s.accountName())));
        List<Rows.TimelineLine> timeline =
                interactions.timeline(org, customer.id(), TimelineFilter.ALL, PageRequest.first(30)).items().stream()
                        .map(MembersPage::line)
                        .map(line -> new Rows.TimelineLine(
                                line.when(),
                                line.kind(),
                                accountNames.getOrDefault(line.account(), line.account()),
                                line.text()))
                        .toList();
        pages.page(
                ctx,
                "member.jte",
                member.name().isEmpty() ? member.id() : member.name(),
                "members",
                Map.of("member", member, "timeline", timeline));
    }

    private void consent(Context ctx) {
        OrgId org = Pages.org(ctx);
        String customer = ctx.pathParam("customerId");
        ConsentCategory category = ConsentCategory.valueOf(
                "TRANSACTIONAL".equals(ctx.formParam("category")) ? "TRANSACTIONAL" : "PROMOTIONAL");
        identities.changeConsent(
                org,
                new CustomerId(customer),
                new LineAccountId(Optional.ofNullable(ctx.formParam("account")).orElse("")),
                category,
                "true".equals(ctx.formParam("optedIn")));
        ctx.redirect("/console/members/" + customer + "#timeline");
    }

    private static String shown(AttributeValue value) {
        if (value instanceof AttributeValue.Text text) {
            return text.value();
        }
        if (value instanceof AttributeValue.Number number) {
            return number.value().toPlainString();
        }
        if (value instanceof AttributeValue.Bool bool) {
            return Boolean.toString(bool.value());
        }
        return ((AttributeValue.Day) value).value().toString();
    }

    static Rows.TimelineLine line(TimelineEntry entry) {
        String text;
        if (entry instanceof TimelineEntry.MessageSent sent) {
            text = sent.status()
                    + sent.reason().map(r -> " (" + r + ")").orElse("")
                    + sent.excerpt().map(e -> ": " + e).orElse("");
        } else if (entry instanceof TimelineEntry.ConsentChanged consent) {
            text = consent.category() + (consent.optedIn() ? " opted in" : " opted out") + " (" + consent.source()
                    + ")";
        } else if (entry instanceof TimelineEntry.JourneyStepRan step) {
            text = "journey " + step.journeyId() + ": " + step.what() + ", " + step.status()
                    + step.reason().map(r -> " (" + r + ")").orElse("");
        } else if (entry instanceof TimelineEntry.Clicked click) {
            text = click.url();
        } else if (entry instanceof TimelineEntry.EventReceived event) {
            text = event.content().orElse("");
        } else {
            text = "";
        }
        return new Rows.TimelineLine(
                Format.moment(entry.at()),
                entry.type().code(),
                entry.accountId().map(LineAccountId::value).orElse(""),
                text);
    }
}
