package io.lineengage.application.port.out.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lineengage.application.port.out.StorageFixtures;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.campaign.TestSendLog;
import io.lineengage.application.port.out.customer.CustomerRepository;
import io.lineengage.application.port.out.identity.LineIdentityRepository;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.application.port.out.subscription.ConsentStore;
import io.lineengage.application.port.out.subscription.SubscriptionStore;
import io.lineengage.application.port.out.tracking.TrackedLinks;
import io.lineengage.application.port.out.transactional.TransactionalMessages;
import io.lineengage.application.port.out.webhook.InteractionLog;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.campaign.CampaignId;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.customer.CustomerKind;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.identity.LineIdentity;
import io.lineengage.domain.interaction.Interaction;
import io.lineengage.domain.interaction.TimelineEntry;
import io.lineengage.domain.interaction.TimelineFilter;
import io.lineengage.domain.interaction.TimelineType;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import io.lineengage.domain.subscription.ConsentCategory;
import io.lineengage.domain.subscription.ConsentChange;
import io.lineengage.domain.subscription.StatusEvidence;
import io.lineengage.domain.subscription.Subscription;
import io.lineengage.domain.subscription.SubscriptionStatus;
import io.lineengage.domain.tracking.TrackedLink;
import io.lineengage.domain.transactional.MessageRequest;
import io.lineengage.domain.transactional.MessageRoute;
import io.lineengage.domain.transactional.TransactionalMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link InteractionHistory}: every kind the other ports stored for a customer and their LINE users,
 * in one timeline, newest first, filtered and paged without gaps or repeats, and nothing of anyone else's.
 */
public abstract class AbstractInteractionHistoryTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    protected abstract OrgRepository orgRepository();

    protected abstract LineAccountRepository accountRepository();

    protected abstract CustomerRepository customerRepository();

    protected abstract LineIdentityRepository identityRepository();

    protected abstract SubscriptionStore subscriptionStore();

    protected abstract ConsentStore consentStore();

    protected abstract InteractionLog interactionLog();

    protected abstract TestSendLog testSendLog();

    protected abstract TransactionalMessages transactionalMessages();

    protected abstract TrackedLinks trackedLinks();

    protected abstract InteractionHistory history();

    private OrgId org;
    private LineAccountId tokyo;
    private LineAccountId osaka;
    private Customer hana;
    private String hanaOnLine;

    @BeforeEach
    void aCustomerWithALineUser() {
        org = StorageFixtures.org(orgRepository());
        tokyo = StorageFixtures.insertedAccount(accountRepository(), org);
        osaka = StorageFixtures.insertedAccount(accountRepository(), org);
        hana = customer(org);
        hanaOnLine = StorageFixtures.userId();
        identityRepository()
                .linkAll(List.of(new LineIdentity(
                        org,
                        accountRepository().find(org, tokyo).orElseThrow().providerName(),
                        hanaOnLine,
                        hana.id(),
                        T0)));
    }

    private Customer customer(OrgId orgId) {
        Customer customer = new Customer(
                CustomerId.generate(),
                orgId,
                Optional.of("C-" + UUID.randomUUID()),
                Optional.of("Hana"),
                Optional.empty(),
                Optional.empty(),
                Map.of(),
                Set.of(),
                CustomerKind.REGULAR,
                T0,
                T0);
        customerRepository().saveAll(List.of(customer));
        return customer;
    }

    private void follows(LineAccountId account, String user, SubscriptionStatus status, Instant at) {
        Subscription.Change change = subscriptionStore()
                .find(org, account, user)
                .apply(new StatusEvidence(status, at, UUID.randomUUID().toString(), StatusEvidence.Source.WEBHOOK));
        subscriptionStore()
                .record(
                        org,
                        account,
                        List.of(new SubscriptionStore.Recorded(user, (Subscription.Change.Applied) change)),
                        at);
    }

    private static JsonLike text(String text) {
        return new JsonLike.JArray(List.of(new JsonLike.JObject(
                Map.of("type", new JsonLike.JString("text"), "text", new JsonLike.JString(text)))));
    }

    private TransactionalMessage receipt(Instant at) {
        TransactionalMessage message = TransactionalMessage.queued(
                        org,
                        "order-" + UUID.randomUUID(),
                        new MessageRequest(hana.id(), Optional.empty(), Optional.of(text("Order {{name}}")), List.of()),
                        new MessageRoute(
                                new GatewayId("gw_t"), tokyo, hanaOnLine, text("Order Hana"), false, UUID.randomUUID()),
                        at,
                        at.plusSeconds(60))
                .sent("req-t", at);
        transactionalMessages().insertUnlessKeyTaken(message);
        return message;
    }

    /** Seven things, one of each kind the other ports keep, a minute apart, oldest first. */
    private void aWeekOfHana() {
        follows(tokyo, hanaOnLine, SubscriptionStatus.FOLLOWING, T0.plusSeconds(60));
        interactionLog()
                .record(List.of(new Interaction(
                        org, tokyo, hanaOnLine, "ev-1", Interaction.Kind.MESSAGE, "hello", T0.plusSeconds(120))));
        consentStore()
                .change(new ConsentChange(
                        org, osaka, hanaOnLine, ConsentCategory.PROMOTIONAL, false, "API", T0.plusSeconds(180)));
        testSendLog()
                .record(List.of(new TestSendLog.Sent(
                        org,
                        CampaignId.generate(),
                        hana.id(),
                        Optional.of(hanaOnLine),
                        Optional.of(new GatewayId("gw_b")),
                        Optional.of(tokyo),
                        "SENT",
                        Optional.empty(),
                        Optional.of("req-x"),
                        Optional.of(text("Spring sale")),
                        T0.plusSeconds(240))));
        TransactionalMessage receipt = receipt(T0.plusSeconds(300));
        TrackedLink link = new TrackedLink(
                UUID.randomUUID().toString(),
                org,
                TrackedLink.Source.TRANSACTIONAL,
                receipt.id().value(),
                hana.id(),
                "https://shop.example/orders/1",
                T0.plusSeconds(300));
        trackedLinks().saveAll(List.of(link));
        trackedLinks().clicked(link, T0.plusSeconds(330));
        follows(tokyo, hanaOnLine, SubscriptionStatus.BLOCKED, T0.plusSeconds(360));
    }

    @Test
    void everyKindIsInOneTimelineNewestFirst() {
        aWeekOfHana();

        List<TimelineEntry> entries = history()
                .of(org, hana.id(), TimelineFilter.ALL, PageRequest.first(50))
                .items();

        assertThat(entries)
                .extracting(TimelineEntry::type)
                .containsExactly(
                        TimelineType.UNFOLLOW,
                        TimelineType.CLICK,
                        TimelineType.TRANSACTIONAL_MESSAGE,
                        TimelineType.TEST_MESSAGE,
                        TimelineType.CONSENT_CHANGE,
                        TimelineType.MESSAGE,
                        TimelineType.FOLLOW);
        assertThat(entries.get(1)).isInstanceOfSatisfying(TimelineEntry.Clicked.class, click -> {
            assertThat(click.url()).isEqualTo("https://shop.example/orders/1");
            assertThat(click.source()).isEqualTo(TrackedLink.Source.TRANSACTIONAL);
        });
        entries = entries.subList(1, entries.size());
        assertThat(entries.get(1)).isInstanceOfSatisfying(TimelineEntry.MessageSent.class, sent -> {
            assertThat(sent.status()).isEqualTo("SENT");
            assertThat(sent.excerpt()).contains("Order Hana");
            assertThat(sent.lineRequestId()).contains("req-t");
            assertThat(sent.gatewayId()).contains(new GatewayId("gw_t"));
        });
        assertThat(entries.get(2))
                .isInstanceOfSatisfying(
                        TimelineEntry.MessageSent.class,
                        sent -> assertThat(sent.excerpt()).contains("Spring sale"));
        assertThat(entries.get(3)).isInstanceOfSatisfying(TimelineEntry.ConsentChanged.class, consent -> {
            assertThat(consent.category()).isEqualTo(ConsentCategory.PROMOTIONAL);
            assertThat(consent.optedIn()).isFalse();
            assertThat(consent.accountId()).contains(osaka);
        });
        assertThat(entries.get(4))
                .isInstanceOfSatisfying(
                        TimelineEntry.EventReceived.class,
                        event -> assertThat(event.content()).contains("hello"));
        assertThat(entries).extracting(TimelineEntry::at).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void typesAndAnAccountNarrowIt() {
        aWeekOfHana();

        assertThat(history()
                        .of(
                                org,
                                hana.id(),
                                new TimelineFilter(
                                        Set.of(TimelineType.FOLLOW, TimelineType.UNFOLLOW), Optional.empty()),
                                PageRequest.first(50))
                        .items())
                .extracting(TimelineEntry::type)
                .containsExactly(TimelineType.UNFOLLOW, TimelineType.FOLLOW);
        assertThat(history()
                        .of(org, hana.id(), new TimelineFilter(Set.of(), Optional.of(osaka)), PageRequest.first(50))
                        .items())
                .extracting(TimelineEntry::type)
                .containsExactly(TimelineType.CONSENT_CHANGE);
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeatsEvenWhenTimesTie() {
        aWeekOfHana();
        for (int i = 0; i < 5; i++) {
            receipt(T0.plusSeconds(300)); // the same instant as another receipt
        }
        List<TimelineEntry> all = history()
                .of(org, hana.id(), TimelineFilter.ALL, PageRequest.first(100))
                .items();

        List<TimelineEntry> paged = new ArrayList<>();
        Page<TimelineEntry> page = history().of(org, hana.id(), TimelineFilter.ALL, PageRequest.first(4));
        paged.addAll(page.items());
        while (page.nextCursor().isPresent()) {
            page = history().of(org, hana.id(), TimelineFilter.ALL, new PageRequest(4, page.nextCursor()));
            paged.addAll(page.items());
        }

        assertThat(all).hasSize(12);
        assertThat(paged).containsExactlyElementsOf(all);
        assertThatThrownBy(() ->
                        history().of(org, hana.id(), TimelineFilter.ALL, new PageRequest(4, Optional.of("forged"))))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("cursor");
    }

    @Test
    void nothingOfAnotherCustomerOrOrgIsShown() {
        aWeekOfHana();
        Customer neighbour = customer(org);
        OrgId elsewhere = StorageFixtures.org(orgRepository());

        assertThat(history()
                        .of(org, neighbour.id(), TimelineFilter.ALL, PageRequest.first(50))
                        .items())
                .isEmpty();
        assertThat(history()
                        .of(elsewhere, hana.id(), TimelineFilter.ALL, PageRequest.first(50))
                        .items())
                .isEmpty();
    }
}
