package io.lineengage.application.service.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lineengage.application.fake.DirectUnitOfWork;
import io.lineengage.application.fake.InMemoryConsentStore;
import io.lineengage.application.fake.InMemoryCustomerConsents;
import io.lineengage.application.fake.InMemoryCustomers;
import io.lineengage.application.fake.InMemoryIdentities;
import io.lineengage.application.fake.InMemoryInteractionLog;
import io.lineengage.application.fake.InMemoryJobRepository;
import io.lineengage.application.fake.InMemoryLineAccountRepository;
import io.lineengage.application.fake.InMemoryLineEventLog;
import io.lineengage.application.fake.InMemoryLinePlatform;
import io.lineengage.application.fake.InMemorySubscriptionStore;
import io.lineengage.application.fake.InMemoryTransactionalMessages;
import io.lineengage.application.port.in.customer.ImportCustomersUseCase;
import io.lineengage.application.port.in.customer.LineIdentitiesUseCase;
import io.lineengage.application.port.in.customer.LookupUseCase;
import io.lineengage.application.port.in.customer.UpsertCustomerCommand;
import io.lineengage.application.port.in.subscription.ChangeConsentCommand;
import io.lineengage.application.port.out.StorageFixtures;
import io.lineengage.application.port.out.customer.PhoneNumbers;
import io.lineengage.application.port.out.line.FollowerPage;
import io.lineengage.application.port.out.line.LineResult;
import io.lineengage.application.service.job.FollowerBackfillService;
import io.lineengage.application.service.subscription.StatusUpdates;
import io.lineengage.application.service.subscription.SubscriptionService;
import io.lineengage.application.service.webhook.EventReactions;
import io.lineengage.application.service.webhook.ProcessLineEventsService;
import io.lineengage.application.service.webhook.ReceiveLineEventsService;
import io.lineengage.domain.account.ChannelCredentials;
import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.customer.AttributeType;
import io.lineengage.domain.customer.AttributeValue;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.customer.CustomerKind;
import io.lineengage.domain.customer.RawValue;
import io.lineengage.domain.error.ConflictException;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.job.Job;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.subscription.ConsentCategory;
import io.lineengage.domain.subscription.SubscriptionStatus;
import io.lineengage.domain.webhook.EventEnvelope;
import io.lineengage.domain.webhook.EventMode;
import io.lineengage.domain.webhook.LineEvent;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CustomerServicesTest {
    private static final Instant T0 = Instant.parse("2026-11-26T00:00:00Z");
    private final Clock clock = Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC);
    private final OrgId org = OrgId.generate();
    private final PhoneNumbers phones = written -> written.startsWith("090")
            ? Optional.of("+81" + written.substring(1).replace("-", ""))
            : written.startsWith("+") ? Optional.of(written.replace(" ", "")) : Optional.empty();
    private final InMemoryCustomers customers = new InMemoryCustomers();
    private final InMemoryIdentities identities = new InMemoryIdentities();
    private final InMemoryLineAccountRepository accounts = new InMemoryLineAccountRepository();
    private final InMemorySubscriptionStore subscriptionStore = new InMemorySubscriptionStore();
    private final InMemoryLineEventLog eventLog = new InMemoryLineEventLog();
    private final InMemoryLinePlatform line = new InMemoryLinePlatform();
    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    private final LineUserProfiles profiles = new LineUserProfiles(customers, identities);
    private final SubscriptionService subscriptions =
            new SubscriptionService(accounts, subscriptionStore, new InMemoryConsentStore(), unitOfWork, clock);
    private final CustomerService customerService =
            new CustomerService(customers, customers, identities, phones, unitOfWork, clock);
    private final InMemoryCustomerConsents customerConsents = new InMemoryCustomerConsents();
    private final LineIdentityService linking = new LineIdentityService(
            customers, identities, accounts, subscriptions, customerConsents, phones, unitOfWork, clock);
    private final LookupService lookup = new LookupService(
            customerService,
            customers,
            identities,
            identities,
            accounts,
            subscriptions,
            line,
            phones,
            clock,
            Duration.ofHours(24));
    private final ReceiveLineEventsService receive = new ReceiveLineEventsService(eventLog, () -> {}, clock);
    private final ProcessLineEventsService process = new ProcessLineEventsService(
            eventLog,
            subscriptionStore,
            new InMemoryInteractionLog(),
            accounts,
            profiles,
            new InMemoryTransactionalMessages(),
            EventReactions.NONE,
            unitOfWork,
            clock);
    private final LineAccount account;
    private final String user;

    CustomerServicesTest() {
        ChannelCredentials channel = line.newChannel();
        user = line.addFollowers(channel, 1).get(0);
        account = StorageFixtures.account(org, channel, T0);
        accounts.insert(account);
    }

    private UpsertCustomerCommand command(String externalId, String mobile, Map<String, RawValue> attributes) {
        return new UpsertCustomerCommand(
                org,
                0,
                externalId,
                Optional.of("Hana"),
                Optional.ofNullable(mobile),
                Optional.empty(),
                attributes,
                Optional.empty());
    }

    private void follow(String lineUser) {
        receive.receive(
                org,
                account.id(),
                List.of(new LineEvent.Follow(
                        new EventEnvelope(
                                UUID.randomUUID().toString(),
                                "follow",
                                EventMode.ACTIVE,
                                T0,
                                Optional.of(lineUser),
                                false,
                                "{}"),
                        false)));
        process.processPending(100);
    }

    @Test
    void aFollowFromAnUnknownUserCreatesALineOnlyProfileThatMergesWhenLinked() {
        follow(user);
        Customer lineOnly =
                lookup.lookup(org, new LookupUseCase.Key.ByLineUserId(user)).customer();
        assertThat(lineOnly.kind()).isEqualTo(CustomerKind.LINE_ONLY);
        subscriptions.change(
                new ChangeConsentCommand(org, account.id(), user, ConsentCategory.PROMOTIONAL, false, "api"));

        Customer hana = customerService.upsert(command("C-1", null, Map.of())).customer();
        linking.link(org, hana.id(), account.id(), user);

        LookupUseCase.Details details = lookup.lookup(org, new LookupUseCase.Key.ByExternalId("C-1"));
        assertThat(details.customer().id()).isEqualTo(hana.id());
        assertThat(details.identities()).singleElement().satisfies(identity -> {
            assertThat(identity.lineUserId()).isEqualTo(user);
            assertThat(identity.profile()).isPresent();
            assertThat(identity.subscriptions()).singleElement().satisfies(subscription -> {
                assertThat(subscription.subscription().status()).isEqualTo(SubscriptionStatus.FOLLOWING);
                assertThat(subscription.subscription().consents()).containsEntry(ConsentCategory.PROMOTIONAL, false);
            });
        });
        assertThat(customers.find(org, lineOnly.id())).isEmpty();
        assertThat(customerService.get(org, lineOnly.id()).id()).isEqualTo(hana.id());
        assertThat(lookup.lookup(org, new LookupUseCase.Key.ByLineUserId(user))
                        .customer()
                        .id())
                .isEqualTo(hana.id());
    }

    @Test
    void aUserLinkedToAnotherCustomerIsAConflictNotAMove() {
        Customer first = customerService.upsert(command("C-1", null, Map.of())).customer();
        Customer second = customerService.upsert(command("C-2", null, Map.of())).customer();
        linking.link(org, first.id(), account.id(), user);
        assertThat(linking.link(org, first.id(), account.id(), user).id()).isEqualTo(first.id());
        assertThatThrownBy(() -> linking.link(org, second.id(), account.id(), user))
                .isInstanceOf(ConflictException.class);
        assertThat(identities.find(org, "Brand", user).orElseThrow().customerId())
                .isEqualTo(first.id());
    }

    @Test
    void aLineOnlyProfileWithTheSameMobileMergesIntoTheCustomerWhenTheCustomerIsWritten() {
        follow(user);
        Customer lineOnly =
                lookup.lookup(org, new LookupUseCase.Key.ByLineUserId(user)).customer();
        customers.saveAll(List.of(new Customer(
                lineOnly.id(),
                org,
                Optional.empty(),
                Optional.empty(),
                Optional.of("+819012345678"),
                Optional.empty(),
                Map.of(),
                Set.of(),
                CustomerKind.LINE_ONLY,
                T0,
                T0)));
        Customer hana = customerService
                .upsert(command("C-9", "090-1234-5678", Map.of()))
                .customer();
        assertThat(hana.mobile()).contains("+819012345678");
        assertThat(identities.find(org, "Brand", user).orElseThrow().customerId())
                .isEqualTo(hana.id());
        assertThat(customers.find(org, lineOnly.id())).isEmpty();
    }

    @Test
    void registrationDataLinksToTheOneMatchingCustomerOrWaitsOnTheLineOnlyProfile() {
        Customer hana = customerService
                .upsert(command("C-1", "090-1234-5678", Map.of()))
                .customer();
        follow(user);
        LineIdentitiesUseCase.Registered matched = linking.register(
                org, account.id(), user, Optional.empty(), Optional.of("+819012345678"), Optional.empty());
        assertThat(matched.matched()).isTrue();
        assertThat(identities.find(org, "Brand", user).orElseThrow().customerId())
                .isEqualTo(hana.id());

        // Registration before the customer exists: kept on the LINE-only profile, merged when the customer is written.
        String other = "U" + "e".repeat(32);
        LineIdentitiesUseCase.Registered waiting = linking.register(
                org, account.id(), other, Optional.of("Ren"), Optional.empty(), Optional.of("Ren@Example.com"));
        assertThat(waiting.matched()).isFalse();
        assertThat(waiting.customer().kind()).isEqualTo(CustomerKind.LINE_ONLY);
        Customer ren = customerService
                .upsert(new UpsertCustomerCommand(
                        org,
                        0,
                        "C-2",
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of("ren@example.com"),
                        Map.of(),
                        Optional.empty()))
                .customer();
        assertThat(identities.find(org, "Brand", other).orElseThrow().customerId())
                .isEqualTo(ren.id());
        assertThatThrownBy(() -> linking.register(
                        org, account.id(), other, Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void attributesAreTypedByTheCatalogueAndBadValuesNamed() {
        customerService.upsert(command("C-1", null, Map.of("points", new RawValue.Num(BigDecimal.TEN))));
        assertThat(customerService.attributes(org)).containsEntry("points", AttributeType.NUMBER);
        assertThatThrownBy(() ->
                        customerService.upsert(command("C-2", "12", Map.of("points", new RawValue.Str("many", false)))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .extracting(error -> error.field())
                                .containsExactlyInAnyOrder("mobile", "attributes.points"));
        assertThatThrownBy(() -> customerService.defineAttribute(org, "points", AttributeType.STRING))
                .isInstanceOf(ConflictException.class);
        customerService.defineAttribute(org, "birthday", AttributeType.DATE);
    }

    @Test
    void anImportKeepsGoodRowsAndReportsBadOnesByLine() {
        Iterator<ImportCustomersUseCase.Row> rows = List.<ImportCustomersUseCase.Row>of(
                        new ImportCustomersUseCase.Row.Customer(new UpsertCustomerCommand(
                                org,
                                2,
                                "I-1",
                                Optional.empty(),
                                Optional.of("090-1111-2222"),
                                Optional.empty(),
                                Map.of("tier", new RawValue.Str("GOLD", true)),
                                Optional.empty())),
                        new ImportCustomersUseCase.Row.Customer(new UpsertCustomerCommand(
                                org,
                                3,
                                "I-2",
                                Optional.empty(),
                                Optional.of("nope"),
                                Optional.empty(),
                                Map.of(),
                                Optional.empty())),
                        new ImportCustomersUseCase.Row.Unreadable(4, "the line has 7 fields; the header has 5"),
                        new ImportCustomersUseCase.Row.Customer(new UpsertCustomerCommand(
                                org,
                                5,
                                "I-1",
                                Optional.of("Again"),
                                Optional.empty(),
                                Optional.empty(),
                                Map.of(),
                                Optional.empty())))
                .iterator();
        ImportCustomersUseCase.Report report =
                new ImportCustomersService(customers, customers, phones, clock).importRows(org, rows);
        assertThat(report.created()).isEqualTo(1);
        assertThat(report.updated())
                .as("line 5 is applied on top of line 2 before the write")
                .isZero();
        assertThat(report.duplicateCount()).isEqualTo(1);
        assertThat(report.duplicates()).containsExactly(new ImportCustomersUseCase.Duplicate(5, 2, "I-1"));
        assertThat(report.rejectedCount()).isEqualTo(2);
        assertThat(report.rejected())
                .extracting(ImportCustomersUseCase.Rejected::line)
                .containsExactly(3L, 4L);
        assertThat(report.rejected().get(0).reason()).contains("mobile");
        Customer imported = customers.findByExternalId(org, "I-1").orElseThrow();
        assertThat(imported.name()).contains("Again");
        assertThat(imported.attributes()).containsEntry("tier", new AttributeValue.Text("GOLD"));
    }

    @Test
    void aBackfillLeftByAStoppedRunnerIsResumedFromItsLastPage() {
        line.addFollowers(account.credentials(), 2_499);
        InMemoryJobRepository jobs = new InMemoryJobRepository();
        FollowerBackfillService backfill = new FollowerBackfillService(
                jobs, accounts, line, new StatusUpdates(subscriptionStore), profiles, unitOfWork, () -> {}, clock);
        Job job = backfill.start(org, account.id());
        // A runner took it, finished the first page and died: its lease is older than LEASE.
        assertThat(jobs.claimAbandoned("dead-runner", T0, T0)).isPresent();
        FollowerPage first =
                ((LineResult.Success<FollowerPage>) line.followerIds(account.credentials(), null, 1_000)).value();
        jobs.update(job.progressed(1_000, first.next(), OptionalLong.of(2_500), T0), "dead-runner");

        assertThat(backfill.runAbandonedJob("new-runner")).isTrue();
        Job done = backfill.get(org, job.id());
        assertThat(done.state()).isEqualTo(Job.State.COMPLETED);
        assertThat(done.done()).isEqualTo(2_500);
        // Users on the later pages were processed by the new runner; the first page was not read again.
        assertThat(identities.find(org, "Brand", first.userIds().get(0))).isEmpty();
    }

    @Test
    void aBackfillMarksFollowersWithoutOverridingNewerEvents() {
        ChannelCredentials channel = account.credentials();
        List<String> more = line.addFollowers(channel, 2_400);
        // The first user unfollowed after the backfill will read the list: that newer event must win.
        receive.receive(
                org,
                account.id(),
                List.of(new LineEvent.Unfollow(new EventEnvelope(
                        UUID.randomUUID().toString(),
                        "unfollow",
                        EventMode.ACTIVE,
                        T0.plusSeconds(7200),
                        Optional.of(user),
                        false,
                        "{}"))));
        process.processPending(100);
        FollowerBackfillService backfill = new FollowerBackfillService(
                new InMemoryJobRepository(),
                accounts,
                line,
                new StatusUpdates(subscriptionStore),
                profiles,
                unitOfWork,
                () -> {},
                clock);
        Job job = backfill.start(org, account.id());
        assertThatThrownBy(() -> backfill.start(org, account.id())).isInstanceOf(ConflictException.class);
        assertThat(backfill.runAbandonedJob("runner")).isTrue();

        Job done = backfill.get(org, job.id());
        assertThat(done.state()).isEqualTo(Job.State.COMPLETED);
        assertThat(done.done()).isEqualTo(2_401);
        assertThat(done.total()).hasValue(2_401);
        assertThat(subscriptionStore.find(org, account.id(), more.get(0)).status())
                .isEqualTo(SubscriptionStatus.FOLLOWING);
        assertThat(subscriptionStore.find(org, account.id(), user).status()).isEqualTo(SubscriptionStatus.BLOCKED);
        assertThat(identities.find(org, "Brand", more.get(2_399))).isPresent();
        assertThat(backfill.runAbandonedJob("runner")).isFalse();
    }
}
