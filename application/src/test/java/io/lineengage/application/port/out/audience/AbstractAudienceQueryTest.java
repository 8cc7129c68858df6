package io.lineengage.application.port.out.audience;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.application.port.out.StorageFixtures;
import io.lineengage.application.port.out.UnitOfWork;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.customer.CustomerRepository;
import io.lineengage.application.port.out.identity.LineIdentityRepository;
import io.lineengage.application.port.out.identity.LineProfileCache;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.application.port.out.subscription.ConsentStore;
import io.lineengage.application.port.out.subscription.SubscriptionStore;
import io.lineengage.application.port.out.tracking.TrackedLinks;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.audience.AudienceMember;
import io.lineengage.domain.audience.AudienceMember.LinkedUser;
import io.lineengage.domain.audience.CustomerList;
import io.lineengage.domain.audience.EvaluationTime;
import io.lineengage.domain.audience.Field;
import io.lineengage.domain.audience.Filter;
import io.lineengage.domain.audience.Op;
import io.lineengage.domain.audience.Operand;
import io.lineengage.domain.customer.AttributeType;
import io.lineengage.domain.customer.AttributeValue;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.customer.CustomerKind;
import io.lineengage.domain.identity.LineIdentity;
import io.lineengage.domain.line.LineProfile;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.subscription.ConsentCategory;
import io.lineengage.domain.subscription.ConsentChange;
import io.lineengage.domain.subscription.Consents;
import io.lineengage.domain.subscription.StatusEvidence;
import io.lineengage.domain.subscription.Subscription;
import io.lineengage.domain.subscription.SubscriptionStatus;
import io.lineengage.domain.tracking.TrackedLink;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link AudienceQuery}: which customers a filter selects from what the other ports stored, in which
 * order, and what a launch reads of each member. Both the SQL adapter and the in-memory fake must pass it.
 */
public abstract class AbstractAudienceQueryTest {
    private static final Instant T0 = Instant.parse("2026-11-20T00:00:00Z");
    private static final EvaluationTime NOW = new EvaluationTime(T0.plusSeconds(86_400), ZoneId.of("Asia/Tokyo"));
    private static final Map<String, AttributeType> TYPES = Map.of("points", AttributeType.NUMBER);

    protected abstract OrgRepository orgRepository();

    protected abstract LineAccountRepository accountRepository();

    protected abstract CustomerRepository customerRepository();

    protected abstract LineIdentityRepository identityRepository();

    protected abstract LineProfileCache profileCache();

    protected abstract SubscriptionStore subscriptionStore();

    protected abstract ConsentStore consentStore();

    protected abstract CustomerListRepository listRepository();

    protected abstract UnitOfWork unitOfWork();

    protected abstract TrackedLinks trackedLinks();

    protected abstract AudienceQuery query();

    private OrgId org;
    private LineAccountId tokyo;
    private LineAccountId osaka;
    private final List<Customer> saved = new ArrayList<>();

    @BeforeEach
    void anOrgWithTwoAccountsOfOneProvider() {
        org = StorageFixtures.org(orgRepository());
        tokyo = StorageFixtures.insertedAccount(accountRepository(), org);
        osaka = StorageFixtures.insertedAccount(accountRepository(), org);
        saved.clear();
    }

    private Customer customer(String externalId, int points, Set<String> tags, long createdSecond) {
        Customer customer = new Customer(
                CustomerId.generate(),
                org,
                Optional.of(externalId),
                Optional.of("Name " + externalId),
                Optional.empty(),
                Optional.empty(),
                Map.of("points", new AttributeValue.Number(BigDecimal.valueOf(points))),
                tags,
                CustomerKind.REGULAR,
                T0.plusSeconds(createdSecond),
                T0.plusSeconds(createdSecond));
        customerRepository().saveAll(List.of(customer));
        saved.add(customer);
        return customer;
    }

    private static Customer withBirthday(Customer customer, LocalDate day) {
        return new Customer(
                customer.id(),
                customer.orgId(),
                customer.externalId(),
                customer.name(),
                customer.mobile(),
                customer.email(),
                Map.of("birthday", new AttributeValue.Day(day)),
                customer.tags(),
                customer.kind(),
                customer.createdAt(),
                customer.updatedAt());
    }

    private String linked(Customer customer) {
        String user = StorageFixtures.userId();
        identityRepository().linkAll(List.of(new LineIdentity(org, "Provider", user, customer.id(), T0)));
        return user;
    }

    private void status(LineAccountId account, String user, SubscriptionStatus status) {
        unitOfWork().run(() -> {
            Subscription current = subscriptionStore()
                    .lockForUpdate(org, account, List.of(user))
                    .get(user);
            Subscription.Change change = current.apply(new StatusEvidence(
                    status, T0.plusSeconds(10), "e-" + user + status, StatusEvidence.Source.WEBHOOK));
            subscriptionStore()
                    .record(
                            org,
                            account,
                            List.of(new SubscriptionStore.Recorded(user, (Subscription.Change.Applied) change)),
                            T0.plusSeconds(11));
        });
    }

    private static Filter condition(Field field, Op op, Operand value) {
        return new Filter.Condition(field, op, value);
    }

    private Filter followsTokyo() {
        return condition(new Field.SubscriptionStatus(tokyo, "Provider"), Op.EQ, new Operand.Text("FOLLOWING"));
    }

    private List<String> externalIds(List<Customer> customers) {
        return customers.stream().map(c -> c.externalId().orElseThrow()).toList();
    }

    @Test
    void countsAndSamplesTheOrgsCustomersThatMatchOldestFirst() {
        customer("c", 300, Set.of("vip"), 30);
        customer("a", 100, Set.of(), 10);
        customer("b", 200, Set.of("vip"), 20);
        OrgId other = StorageFixtures.org(orgRepository());
        customerRepository()
                .saveAll(List.of(new Customer(
                        CustomerId.generate(),
                        other,
                        Optional.of("elsewhere"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Map.of("points", new AttributeValue.Number(BigDecimal.valueOf(999))),
                        Set.of("vip"),
                        CustomerKind.REGULAR,
                        T0,
                        T0)));
        Filter manyPoints = condition(
                new Field.Attribute("points", AttributeType.NUMBER),
                Op.GTE,
                new Operand.Number(BigDecimal.valueOf(200)));
        Filter vip = condition(new Field.Tags(), Op.CONTAINS, new Operand.Text("vip"));

        assertThat(query().count(org, manyPoints, NOW)).isEqualTo(2);
        assertThat(query().count(org, new Filter.Not(vip), NOW)).isEqualTo(1);
        assertThat(externalIds(query().sample(org, manyPoints, NOW, 10, TYPES))).containsExactly("b", "c");
        assertThat(externalIds(
                        query().sample(org, new Filter.Or(List.of(manyPoints, new Filter.Not(vip))), NOW, 2, TYPES)))
                .containsExactly("a", "b");
        assertThat(query().sample(org, manyPoints, NOW, 10, TYPES).get(0).attributes())
                .containsEntry("points", new AttributeValue.Number(BigDecimal.valueOf(200)));
    }

    @Test
    void aCustomerFollowsAnAccountWhenAnyOfTheirLineUsersDoes() {
        Customer both = customer("both", 0, Set.of(), 1);
        linked(both);
        status(tokyo, linked(both), SubscriptionStatus.FOLLOWING);
        Customer blocked = customer("blocked", 0, Set.of(), 2);
        status(tokyo, linked(blocked), SubscriptionStatus.BLOCKED);
        Customer osakaOnly = customer("osaka", 0, Set.of(), 3);
        status(osaka, linked(osakaOnly), SubscriptionStatus.FOLLOWING);
        customer("unlinked", 0, Set.of(), 4);

        assertThat(externalIds(query().sample(org, followsTokyo(), NOW, 10, TYPES)))
                .containsExactly("both");
        Filter blockedTokyo =
                condition(new Field.SubscriptionStatus(tokyo, "Provider"), Op.EQ, new Operand.Text("BLOCKED"));
        assertThat(externalIds(query().sample(org, blockedTokyo, NOW, 10, TYPES)))
                .containsExactly("blocked");
        Filter unknownTokyo =
                condition(new Field.SubscriptionStatus(tokyo, "Provider"), Op.EQ, new Operand.Text("UNKNOWN"));
        assertThat(externalIds(query().sample(org, unknownTokyo, NOW, 10, TYPES)))
                .containsExactly("osaka", "unlinked");
        Filter hasLine = condition(
                new Field.LineIdentity(Optional.empty(), Optional.empty()), Op.EXISTS, new Operand.Bool(true));
        assertThat(query().count(org, hasLine, NOW)).isEqualTo(3);

        // a DATE attribute's day of the year, as a birthday journey asks
        Customer born = customer("born", 0, Set.of(), 5);
        Customer other = customer("other", 0, Set.of(), 6);
        customerRepository()
                .saveAll(List.of(
                        withBirthday(born, LocalDate.of(1990, 12, 2)), withBirthday(other, LocalDate.of(1990, 12, 3))));
        assertThat(query().anniversaries(org, "birthday", MonthDay.of(12, 2))).containsExactly(born.id());
        assertThat(query().anniversaries(org, "points", MonthDay.of(12, 2))).isEmpty();

        // one customer at a time, as a journey's branch asks
        assertThat(query().holds(org, followsTokyo(), NOW, both.id())).isTrue();
        assertThat(query().holds(org, followsTokyo(), NOW, blocked.id())).isFalse();
        assertThat(query().holds(org, blockedTokyo, NOW, blocked.id())).isTrue();
        assertThat(query().holds(org, hasLine, NOW, CustomerId.generate())).isFalse();
    }

    @Test
    void consentFollowsTheSubscriptionUntilAnExplicitChoice() {
        Customer follower = customer("follower", 0, Set.of(), 1);
        status(tokyo, linked(follower), SubscriptionStatus.FOLLOWING);
        Customer optedOut = customer("opted-out", 0, Set.of(), 2);
        String user = linked(optedOut);
        status(tokyo, user, SubscriptionStatus.FOLLOWING);
        consentStore()
                .change(new ConsentChange(
                        org, tokyo, user, ConsentCategory.PROMOTIONAL, false, "api", T0.plusSeconds(20)));
        Filter promotional = condition(
                new Field.Consent(ConsentCategory.PROMOTIONAL, tokyo, "Provider"), Op.EQ, new Operand.Bool(true));
        Filter transactional = condition(
                new Field.Consent(ConsentCategory.TRANSACTIONAL, tokyo, "Provider"), Op.EQ, new Operand.Bool(true));

        assertThat(externalIds(query().sample(org, promotional, NOW, 10, TYPES)))
                .containsExactly("follower");
        assertThat(query().count(org, transactional, NOW)).isEqualTo(2);
    }

    @Test
    void listMembershipSelectsTheListedCustomers() {
        Customer listed = customer("listed", 0, Set.of(), 1);
        customer("not-listed", 0, Set.of(), 2);
        CustomerList list = new CustomerList(CustomerList.newId(), org, "VIP list", 1, T0);
        listRepository().insert(list, Set.of(listed.id()));

        Filter inList = condition(new Field.ListMembership(), Op.EQ, new Operand.Text(list.id()));

        assertThat(externalIds(query().sample(org, inList, NOW, 10, TYPES))).containsExactly("listed");
    }

    @Test
    void campaignClicksSelectTheClickersOfThoseCampaignsWithinAPeriodIfGiven() {
        Customer lately = customer("lately", 0, Set.of(), 1);
        Customer longAgo = customer("long-ago", 0, Set.of(), 2);
        Customer testOnly = customer("test-only", 0, Set.of(), 3);
        customer("never", 0, Set.of(), 4);
        String spring = "cmp_spring_" + org.value();
        click(lately, TrackedLink.Source.CAMPAIGN, spring, NOW.now().minus(Duration.ofDays(2)));
        click(longAgo, TrackedLink.Source.CAMPAIGN, spring, NOW.now().minus(Duration.ofDays(40)));
        click(testOnly, TrackedLink.Source.TEST, spring, NOW.now().minus(Duration.ofDays(1)));
        click(testOnly, TrackedLink.Source.CAMPAIGN, "cmp_other", NOW.now().minus(Duration.ofDays(1)));

        Filter clicked = condition(new Field.ClickedCampaign(Optional.empty()), Op.EQ, new Operand.Text(spring));
        Filter lastWeek = condition(
                new Field.ClickedCampaign(Optional.of(new Operand.Back(Period.ofDays(7), "P7D"))),
                Op.IN,
                new Operand.Texts(List.of(spring, "cmp_none")));

        assertThat(externalIds(query().sample(org, clicked, NOW, 10, TYPES))).containsExactly("lately", "long-ago");
        assertThat(externalIds(query().sample(org, lastWeek, NOW, 10, TYPES))).containsExactly("lately");
        assertThat(query().count(org, new Filter.Not(clicked), NOW)).isEqualTo(2);
    }

    private void click(Customer customer, TrackedLink.Source source, String sourceId, Instant at) {
        TrackedLink link = new TrackedLink(
                UUID.randomUUID().toString(), org, source, sourceId, customer.id(), "https://shop.example/", at);
        trackedLinks().saveAll(List.of(link));
        trackedLinks().clicked(link, at);
    }

    @Test
    void aWalkInWindowsCoversEveryCustomerOnceAndGoesOnFromWhereAWindowReached() {
        for (int i = 0; i < 5; i++) {
            status(tokyo, linked(customer("w" + i, i, Set.of(), i)), SubscriptionStatus.FOLLOWING);
        }
        customer("not-following-1", 0, Set.of(), 100);
        customer("not-following-2", 0, Set.of(), 101);
        List<String> ids = saved.stream().map(c -> c.id().value()).sorted().toList();
        List<String> followers = saved.stream()
                .filter(c -> c.externalId().orElseThrow().startsWith("w"))
                .map(c -> c.id().value())
                .sorted()
                .toList();

        List<String> walked = new ArrayList<>();
        List<Optional<CustomerId>> reached = new ArrayList<>();
        Optional<CustomerId> after = Optional.empty();
        do {
            AudienceQuery.Window window = query().window(org, followsTokyo(), NOW, TYPES, after, 3);
            window.members().forEach(member -> walked.add(member.customer().id().value()));
            reached.add(window.reached());
            after = window.reached();
        } while (after.isPresent());

        assertThat(walked).as("the followers, each once, in ID order").containsExactlyElementsOf(followers);
        assertThat(reached)
                .as("each window of 3 customers ends at its third; the one with the rest reaches the end")
                .containsExactly(
                        Optional.of(new CustomerId(ids.get(2))),
                        Optional.of(new CustomerId(ids.get(5))),
                        Optional.empty());
        assertThat(query().window(org, followsTokyo(), NOW, TYPES, Optional.of(new CustomerId(ids.get(6))), 3))
                .as("nothing after the last customer")
                .isEqualTo(new AudienceQuery.Window(List.of(), Optional.empty()));
    }

    @Test
    void membersStreamEveryMatchInIdOrderInChunksWithStatusesConsentsAndNames() {
        for (int i = 0; i < 7; i++) {
            Customer customer = customer("m" + i, i, Set.of(), i);
            String user = linked(customer);
            status(tokyo, user, SubscriptionStatus.FOLLOWING);
            if (i == 3) {
                status(osaka, user, SubscriptionStatus.BLOCKED);
                consentStore()
                        .change(new ConsentChange(
                                org, tokyo, user, ConsentCategory.TRANSACTIONAL, false, "api", T0.plusSeconds(30)));
                profileCache()
                        .save(
                                org,
                                "Provider",
                                new LineProfile(user, "三番", Optional.empty(), Optional.empty(), Optional.empty()),
                                T0);
            }
        }
        customer("not-following", 0, Set.of(), 100);
        List<List<AudienceMember>> chunks = new ArrayList<>();

        query().members(org, followsTokyo(), NOW, TYPES, 3, chunks::add);

        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk).hasSizeBetween(1, 3));
        List<AudienceMember> all = chunks.stream().flatMap(List::stream).toList();
        assertThat(all)
                .extracting(member -> member.customer().id().value())
                .containsExactlyElementsOf(saved.stream()
                        .filter(c -> !c.externalId().orElseThrow().equals("not-following"))
                        .map(c -> c.id().value())
                        .sorted()
                        .toList());
        AudienceMember third = all.stream()
                .filter(member -> member.customer().externalId().equals(Optional.of("m3")))
                .findFirst()
                .orElseThrow();
        LinkedUser user = third.lineUsers().get(0);
        assertThat(user.statuses())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(tokyo, SubscriptionStatus.FOLLOWING, osaka, SubscriptionStatus.BLOCKED));
        assertThat(user.consents())
                .containsExactly(Map.entry(tokyo, new Consents(Map.of(ConsentCategory.TRANSACTIONAL, false))));
        assertThat(user.displayName()).contains("三番");
        assertThat(user.interactions()).isEmpty();
        assertThat(all).allSatisfy(member -> assertThat(member.lineUsers()).hasSize(1));
    }

    @Test
    void membersByIdKeepTheGivenOrderAndLeaveOutUnknownAndOtherOrgsCustomers() {
        Customer first = customer("first", 0, Set.of(), 1);
        Customer second = customer("second", 0, Set.of(), 2);
        status(tokyo, linked(second), SubscriptionStatus.FOLLOWING);
        OrgId other = StorageFixtures.org(orgRepository());
        Customer elsewhere = new Customer(
                CustomerId.generate(),
                other,
                Optional.of("elsewhere"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Map.of(),
                Set.of(),
                CustomerKind.REGULAR,
                T0,
                T0);
        customerRepository().saveAll(List.of(elsewhere));

        List<AudienceMember> members = query().membersById(
                        org, List.of(second.id(), CustomerId.generate(), elsewhere.id(), first.id()), TYPES);

        assertThat(members).extracting(AudienceMember::customer).containsExactly(second, first);
        assertThat(members.get(0).lineUsers().get(0).status(tokyo)).isEqualTo(SubscriptionStatus.FOLLOWING);
        assertThat(members.get(1).lineUsers()).isEmpty();
        assertThat(query().membersById(org, List.of(), TYPES)).isEmpty();
    }
}
