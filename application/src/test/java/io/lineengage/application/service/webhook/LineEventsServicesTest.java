package io.lineengage.application.service.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.lineengage.application.fake.DirectUnitOfWork;
import io.lineengage.application.fake.InMemoryCustomers;
import io.lineengage.application.fake.InMemoryIdentities;
import io.lineengage.application.fake.InMemoryInteractionLog;
import io.lineengage.application.fake.InMemoryLineAccountRepository;
import io.lineengage.application.fake.InMemoryLineEventLog;
import io.lineengage.application.fake.InMemorySubscriptionStore;
import io.lineengage.application.fake.InMemoryTransactionalMessages;
import io.lineengage.application.port.out.subscription.SubscriptionStore;
import io.lineengage.application.service.customer.LineUserProfiles;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.interaction.Interaction;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.subscription.StatusChange;
import io.lineengage.domain.subscription.Subscription;
import io.lineengage.domain.subscription.SubscriptionStatus;
import io.lineengage.domain.template.TemplateId;
import io.lineengage.domain.transactional.MessageRequest;
import io.lineengage.domain.transactional.MessageRoute;
import io.lineengage.domain.transactional.MessageStatus;
import io.lineengage.domain.transactional.TransactionalMessage;
import io.lineengage.domain.webhook.EventEnvelope;
import io.lineengage.domain.webhook.EventMode;
import io.lineengage.domain.webhook.LineEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LineEventsServicesTest {
    private static final Instant T0 = Instant.parse("2026-11-26T00:00:00Z");
    private final Clock clock = Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC);
    private final OrgId org = OrgId.generate();
    private final LineAccountId account = LineAccountId.generate();
    private final String user = "U" + "a".repeat(32);
    private final InMemoryLineEventLog log = new InMemoryLineEventLog();
    private final InMemorySubscriptionStore subscriptions = new InMemorySubscriptionStore();
    private final InMemoryInteractionLog interactions = new InMemoryInteractionLog();
    private final AtomicInteger signals = new AtomicInteger();
    private final ReceiveLineEventsService receive = new ReceiveLineEventsService(log, signals::incrementAndGet, clock);
    private final InMemoryLineAccountRepository accounts = new InMemoryLineAccountRepository();
    private final InMemoryCustomers customers = new InMemoryCustomers();
    private final InMemoryIdentities identities = new InMemoryIdentities();
    private final LineUserProfiles profiles = new LineUserProfiles(customers, identities);
    private final InMemoryTransactionalMessages messages = new InMemoryTransactionalMessages();
    private final ProcessLineEventsService process = new ProcessLineEventsService(
            log,
            subscriptions,
            interactions,
            accounts,
            profiles,
            messages,
            EventReactions.NONE,
            new DirectUnitOfWork(),
            clock);

    private static EventEnvelope at(String type, String user, long millis, EventMode mode) {
        return new EventEnvelope(
                UUID.randomUUID().toString(),
                type,
                mode,
                T0.plusMillis(millis),
                Optional.ofNullable(user),
                false,
                "{}");
    }

    @Test
    void followAndUnfollowSetTheStatusWhateverTheOrderTheyArriveIn() {
        LineEvent follow = new LineEvent.Follow(at("follow", user, 100, EventMode.ACTIVE), false);
        LineEvent unfollow = new LineEvent.Unfollow(at("unfollow", user, 200, EventMode.ACTIVE));
        assertThat(receive.receive(org, account, List.of(unfollow))).isEqualTo(1);
        assertThat(process.processPending(10)).isEqualTo(1);
        assertThat(receive.receive(org, account, List.of(follow, unfollow))).isEqualTo(1);
        assertThat(process.processPending(10)).isEqualTo(1);

        Subscription state = subscriptions.find(org, account, user);
        assertThat(state.status()).isEqualTo(SubscriptionStatus.BLOCKED);
        assertThat(state.since()).contains(T0.plusMillis(200));
        assertThat(log.outcome(account, follow.envelope().webhookEventId())).contains("ignored: OLDER_THAN_CURRENT");
        assertThat(signals).hasValue(2);
    }

    @Test
    void aDeliveryEventMarksItsNotificationMessageDelivered() {
        MessageRoute byPhone = new MessageRoute(
                new GatewayId("gw_1"),
                account,
                new MessageRoute.Addressee.Phone("+819012345678"),
                new JsonLike.JArray(List.of()),
                false,
                UUID.randomUUID());
        TransactionalMessage sent = TransactionalMessage.queued(
                        org,
                        "receipt-1",
                        new MessageRequest(
                                CustomerId.generate(),
                                Optional.of(new TemplateId("tpl_1")),
                                Optional.empty(),
                                List.of()),
                        byPhone,
                        T0,
                        T0)
                .sent("req-1", T0);
        messages.insertUnlessKeyTaken(sent);
        LineEvent delivered =
                new LineEvent.NotificationDelivered(at("delivery", user, 1, EventMode.ACTIVE), sent.deliveryTag());
        LineEvent unknown = new LineEvent.NotificationDelivered(at("delivery", user, 2, EventMode.ACTIVE), "elsewhere");
        receive.receive(org, account, List.of(delivered, unknown));

        assertThat(process.processPending(10)).isEqualTo(2);

        assertThat(messages.find(org, sent.id()).orElseThrow().status()).isEqualTo(MessageStatus.DELIVERED);
        assertThat(log.outcome(account, delivered.envelope().webhookEventId()))
                .contains("message " + sent.id() + " DELIVERED");
        assertThat(log.outcome(account, unknown.envelope().webhookEventId()))
                .hasValueSatisfying(outcome -> assertThat(outcome).startsWith("no notification message"));
    }

    @Test
    void standbyEventsAreRecordedButChangeNothing() {
        LineEvent follow = new LineEvent.Follow(at("follow", user, 100, EventMode.STANDBY), false);
        receive.receive(org, account, List.of(follow));
        process.processPending(10);
        assertThat(subscriptions.find(org, account, user).status()).isEqualTo(SubscriptionStatus.UNKNOWN);
        assertThat(log.outcome(account, follow.envelope().webhookEventId()))
                .hasValueSatisfying(outcome -> assertThat(outcome).startsWith("standby"));
    }

    @Test
    void messagesPostbacksAndLinksBecomeInteractions() {
        receive.receive(
                org,
                account,
                List.of(
                        new LineEvent.MessageReceived(
                                at("message", user, 1, EventMode.ACTIVE), "text", Optional.of("hi")),
                        new LineEvent.MessageReceived(
                                at("message", user, 2, EventMode.ACTIVE), "image", Optional.empty()),
                        new LineEvent.Postback(at("postback", user, 3, EventMode.ACTIVE), "coupon=7"),
                        new LineEvent.AccountLinked(at("accountLink", user, 4, EventMode.ACTIVE), "ok", "n1"),
                        new LineEvent.Other(at("join", null, 5, EventMode.ACTIVE))));
        assertThat(process.processPending(10)).isEqualTo(5);
        assertThat(interactions.recent(org, account, user, 10))
                .extracting(Interaction::kind, Interaction::content)
                .containsExactly(
                        tuple(Interaction.Kind.ACCOUNT_LINK, "ok nonce=n1"),
                        tuple(Interaction.Kind.POSTBACK, "coupon=7"),
                        tuple(Interaction.Kind.MESSAGE, "[image]"),
                        tuple(Interaction.Kind.MESSAGE, "hi"));
        assertThat(log.pendingCount()).isZero();
    }

    @Test
    void anEventThatCannotBeProcessedIsMarkedFailedAndTheOthersGoOn() {
        SubscriptionStore failingForOneUser = new SubscriptionStore() {
            @Override
            public Map<String, Subscription> lockForUpdate(
                    OrgId orgId, LineAccountId accountId, Collection<String> lineUserIds) {
                if (lineUserIds.stream().anyMatch(user -> user.startsWith("Ub"))) {
                    throw new IllegalStateException("broken row");
                }
                return subscriptions.lockForUpdate(orgId, accountId, lineUserIds);
            }

            @Override
            public void record(OrgId orgId, LineAccountId accountId, List<Recorded> changes, Instant recordedAt) {
                subscriptions.record(orgId, accountId, changes, recordedAt);
            }

            @Override
            public Subscription find(OrgId orgId, LineAccountId accountId, String lineUserId) {
                return subscriptions.find(orgId, accountId, lineUserId);
            }

            @Override
            public Map<String, Subscription> findAll(OrgId o, LineAccountId a, Collection<String> users) {
                return subscriptions.findAll(o, a, users);
            }

            @Override
            public List<StatusChange> history(OrgId o, LineAccountId a, String u) {
                return subscriptions.history(o, a, u);
            }
        };
        ProcessLineEventsService fragile = new ProcessLineEventsService(
                log,
                failingForOneUser,
                interactions,
                accounts,
                profiles,
                messages,
                EventReactions.NONE,
                new DirectUnitOfWork(),
                clock);
        LineEvent poison = new LineEvent.Follow(at("follow", "U" + "b".repeat(32), 1, EventMode.ACTIVE), false);
        LineEvent fine = new LineEvent.Follow(at("follow", user, 2, EventMode.ACTIVE), false);
        receive.receive(org, account, List.of(poison, fine));

        assertThat(fragile.processPending(10)).isEqualTo(2);
        assertThat(log.outcome(account, poison.envelope().webhookEventId()))
                .hasValueSatisfying(outcome -> assertThat(outcome).startsWith("failed"));
        assertThat(subscriptions.find(org, account, user).status()).isEqualTo(SubscriptionStatus.FOLLOWING);
        assertThat(log.pendingCount()).isZero();
    }

    @Test
    void anEmptyDeliveryStoresNothingAndSignalsNothing() {
        assertThat(receive.receive(org, account, List.of())).isZero();
        assertThat(signals).hasValue(0);
    }
}
