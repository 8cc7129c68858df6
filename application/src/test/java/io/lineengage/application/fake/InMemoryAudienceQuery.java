package io.lineengage.application.fake;

import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.audience.AudienceQuery;
import io.lineengage.application.port.out.identity.LineProfileCache;
import io.lineengage.application.port.out.subscription.ConsentStore;
import io.lineengage.application.port.out.subscription.SubscriptionStore;
import io.lineengage.application.port.out.webhook.InteractionLog;
import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.audience.AudienceMember;
import io.lineengage.domain.audience.AudienceMember.Happening;
import io.lineengage.domain.audience.AudienceMember.LinkedUser;
import io.lineengage.domain.audience.EvaluationTime;
import io.lineengage.domain.audience.FieldCatalogue;
import io.lineengage.domain.audience.Filter;
import io.lineengage.domain.audience.FilterEvaluator;
import io.lineengage.domain.customer.AttributeType;
import io.lineengage.domain.customer.AttributeValue;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.subscription.Consents;
import io.lineengage.domain.subscription.SubscriptionStatus;
import io.lineengage.domain.tracking.TrackedLink;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Audiences evaluated by the domain's {@link FilterEvaluator} over the other in-memory fakes: each customer is
 * assembled into an {@link AudienceMember} from what those fakes hold, exactly as the SQL adapter reads the tables.
 */
public final class InMemoryAudienceQuery implements AudienceQuery {
    private final InMemoryCustomers customers;
    private final InMemoryIdentities identities;
    private final LineAccountRepository accounts;
    private final SubscriptionStore subscriptions;
    private final ConsentStore consents;
    private final InMemoryCustomerLists lists;
    private final InteractionLog interactions;
    private final InMemoryCampaigns campaigns;
    private final InMemoryTrackedLinks trackedLinks;

    public InMemoryAudienceQuery(
            InMemoryCustomers customers,
            InMemoryIdentities identities,
            LineAccountRepository accounts,
            SubscriptionStore subscriptions,
            ConsentStore consents,
            InMemoryCustomerLists lists,
            InteractionLog interactions,
            InMemoryCampaigns campaigns,
            InMemoryTrackedLinks trackedLinks) {
        this.customers = customers;
        this.identities = identities;
        this.accounts = accounts;
        this.subscriptions = subscriptions;
        this.consents = consents;
        this.lists = lists;
        this.interactions = interactions;
        this.campaigns = campaigns;
        this.trackedLinks = trackedLinks;
    }

    @Override
    public long count(OrgId orgId, Filter filter, EvaluationTime time) {
        return matching(orgId, filter, time).size();
    }

    @Override
    public List<CustomerId> anniversaries(OrgId orgId, String attribute, MonthDay day) {
        return customers.everyone(orgId).stream()
                .filter(customer -> customer.attributes().get(attribute) instanceof AttributeValue.Day date
                        && MonthDay.from(date.value()).equals(day))
                .map(Customer::id)
                .sorted(Comparator.comparing(CustomerId::value))
                .toList();
    }

    @Override
    public boolean holds(OrgId orgId, Filter filter, EvaluationTime time, CustomerId customerId) {
        return matching(orgId, filter, time).stream()
                .anyMatch(member -> member.customer().id().equals(customerId));
    }

    @Override
    public List<Customer> sample(
            OrgId orgId, Filter filter, EvaluationTime time, int limit, Map<String, AttributeType> attributeTypes) {
        return matching(orgId, filter, time).stream()
                .map(AudienceMember::customer)
                .sorted(Comparator.comparing(Customer::createdAt).thenComparing(c -> c.id().value()))
                .limit(limit)
                .toList();
    }

    @Override
    public Window window(
            OrgId orgId,
            Filter filter,
            EvaluationTime time,
            Map<String, AttributeType> attributeTypes,
            Optional<CustomerId> after,
            int count) {
        String from = after.map(CustomerId::value).orElse("");
        List<String> next = customers.everyone(orgId).stream()
                .map(customer -> customer.id().value())
                .filter(id -> id.compareTo(from) > 0)
                .sorted()
                .limit(count)
                .toList();
        Set<String> covered = Set.copyOf(next);
        List<AudienceMember> members = matching(orgId, filter, time).stream()
                .filter(member -> covered.contains(member.customer().id().value()))
                .sorted(Comparator.comparing(member -> member.customer().id().value()))
                .map(InMemoryAudienceQuery::asLaunched)
                .toList();
        return new Window(
                members, next.size() == count ? Optional.of(new CustomerId(next.get(count - 1))) : Optional.empty());
    }

    @Override
    public List<AudienceMember> membersById(
            OrgId orgId, List<CustomerId> ids, Map<String, AttributeType> attributeTypes) {
        Map<LineAccountId, String> providers = accounts.providers(orgId);
        return ids.stream()
                .flatMap(id -> customers.find(orgId, id).stream())
                .map(customer -> asLaunched(member(customer, providers)))
                .toList();
    }

    private List<AudienceMember> matching(OrgId orgId, Filter filter, EvaluationTime time) {
        Map<LineAccountId, String> providers = accounts.providers(orgId);
        FilterEvaluator evaluator = new FilterEvaluator(
                new FieldCatalogue(customers.all(orgId), providers, lists.ids(orgId), campaigns.ids(orgId)), time);
        return customers.everyone(orgId).stream()
                .map(customer -> member(customer, providers))
                .filter(member -> evaluator.matches(filter, member))
                .toList();
    }

    private AudienceMember member(Customer customer, Map<LineAccountId, String> providers) {
        OrgId org = customer.orgId();
        List<LinkedUser> linked = new ArrayList<>();
        identities.ofCustomer(org, customer.id()).forEach(identity -> {
            String user = identity.lineUserId();
            Map<LineAccountId, SubscriptionStatus> statuses = new HashMap<>();
            Map<LineAccountId, Consents> choices = new HashMap<>();
            List<Happening> happenings = new ArrayList<>();
            for (LineAccount account : accounts.all(org)) {
                SubscriptionStatus status =
                        subscriptions.find(org, account.id(), user).status();
                if (status != SubscriptionStatus.UNKNOWN) {
                    statuses.put(account.id(), status);
                }
                Consents explicit = consents.consents(org, account.id(), user);
                if (!explicit.explicit().isEmpty()) {
                    choices.put(account.id(), explicit);
                }
                interactions.recent(org, account.id(), user, Integer.MAX_VALUE).stream()
                        .map(interaction ->
                                new Happening(interaction.accountId(), interaction.kind(), interaction.occurredAt()))
                        .forEach(happenings::add);
            }
            linked.add(new LinkedUser(
                    identity.provider(),
                    user,
                    statuses,
                    choices,
                    happenings,
                    identities
                            .cachedProfile(org, identity.provider(), user)
                            .map(LineProfileCache.Cached::profile)
                            .map(profile -> profile.displayName())));
        });
        Set<String> listed = lists.ids(org).stream()
                .filter(list -> lists.members(list).contains(customer.id()))
                .collect(Collectors.toSet());
        List<AudienceMember.CampaignClick> clicks = trackedLinks.clicks().stream()
                .filter(click -> click.link().customerId().equals(customer.id())
                        && click.link().source() == TrackedLink.Source.CAMPAIGN)
                .map(click -> new AudienceMember.CampaignClick(click.link().sourceId(), click.at()))
                .toList();
        return new AudienceMember(customer, linked, listed, campaigns.receivedBy(customer.id()), clicks);
    }

    /** What a launch reads: statuses and consents, not interactions, lists or past campaigns (port's contract). */
    private static AudienceMember asLaunched(AudienceMember member) {
        return new AudienceMember(
                member.customer(),
                member.lineUsers().stream()
                        .map(user -> new LinkedUser(
                                user.provider(),
                                user.lineUserId(),
                                user.statuses(),
                                user.consents(),
                                List.of(),
                                user.displayName()))
                        .toList(),
                Set.of());
    }
}
