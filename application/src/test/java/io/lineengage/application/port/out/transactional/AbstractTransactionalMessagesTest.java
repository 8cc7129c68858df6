package io.lineengage.application.port.out.transactional;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.application.port.out.StorageFixtures;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import io.lineengage.domain.template.TemplateId;
import io.lineengage.domain.transactional.MessageId;
import io.lineengage.domain.transactional.MessageRequest;
import io.lineengage.domain.transactional.MessageRoute;
import io.lineengage.domain.transactional.MessageStatus;
import io.lineengage.domain.transactional.TransactionalMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link TransactionalMessages}. */
public abstract class AbstractTransactionalMessagesTest {
    private static final Instant T0 = Instant.parse("2026-12-02T09:00:00.123456Z");
    private static final JsonLike MESSAGES = new JsonLike.JArray(List.of(new JsonLike.JObject(Map.of(
            "type",
            new JsonLike.JString("text"),
            "text",
            new JsonLike.JString("Receipt 領収書 {{name}}"),
            "n",
            new JsonLike.JNumber(new BigDecimal("1.50"))))));

    protected abstract OrgRepository orgRepository();

    protected abstract TransactionalMessages messages();

    private OrgId org;
    private final CustomerId customer = CustomerId.generate();

    @BeforeEach
    void anOrg() {
        org = StorageFixtures.org(orgRepository());
    }

    private MessageRequest request() {
        return new MessageRequest(
                customer,
                Optional.empty(),
                Optional.of(MESSAGES),
                List.of(new GatewayId("gw_1"), new GatewayId("gw_2")));
    }

    private TransactionalMessage queued(String key, Instant at) {
        MessageRoute route = new MessageRoute(
                new GatewayId("gw_1"), new LineAccountId("la_1"), "U123", MESSAGES, true, UUID.randomUUID());
        return TransactionalMessage.queued(org, key, request(), route, at, at.plusSeconds(30));
    }

    @Test
    void aMessageIsStoredWholeAndFoundByIdAndByKey() {
        TransactionalMessage message = queued("order-1", T0);
        assertThat(messages().insertUnlessKeyTaken(message)).isEmpty();

        assertThat(messages().find(org, message.id())).contains(message);
        assertThat(messages().findByKey(org, "order-1")).contains(message);
        assertThat(messages().find(StorageFixtures.org(orgRepository()), message.id()))
                .isEmpty();
        TransactionalMessage skipped = TransactionalMessage.skipped(
                org,
                "order-2",
                new MessageRequest(customer, Optional.of(new TemplateId("tpl_1")), Optional.empty(), List.of()),
                "not_following",
                T0);
        messages().insertUnlessKeyTaken(skipped);
        assertThat(messages().find(org, skipped.id())).contains(skipped);
    }

    private TransactionalMessage byPhone(String key) {
        MessageRoute route = new MessageRoute(
                new GatewayId("gw_1"),
                new LineAccountId("la_1"),
                new MessageRoute.Addressee.Phone("+66812345678"),
                MESSAGES,
                false,
                UUID.randomUUID());
        return TransactionalMessage.queued(org, key, request(), route, T0, T0.plusSeconds(30));
    }

    @Test
    void aNotificationMessageKeepsItsNumberAndItsTagMarksItDeliveredOnceInItsOrgOnly() {
        TransactionalMessage queued = byPhone("pnp-1");
        messages().insertUnlessKeyTaken(queued);
        assertThat(messages().find(org, queued.id())).contains(queued);
        assertThat(messages().markDelivered(org, queued.deliveryTag(), T0.plusSeconds(1)))
                .as("not with LINE yet")
                .isEmpty();

        TransactionalMessage sent = queued.sent("req-1", T0.plusSeconds(1));
        messages().save(sent);
        assertThat(messages().markDelivered(StorageFixtures.org(orgRepository()), queued.deliveryTag(), T0))
                .as("another org's event")
                .isEmpty();
        assertThat(messages().markDelivered(org, queued.deliveryTag(), T0.plusSeconds(2)))
                .contains(queued.id());

        TransactionalMessage delivered = messages().find(org, queued.id()).orElseThrow();
        assertThat(delivered.status()).isEqualTo(MessageStatus.DELIVERED);
        assertThat(delivered.lineRequestId()).contains("req-1");
        assertThat(delivered.updatedAt()).isEqualTo(T0.plusSeconds(2));
        messages().save(sent);
        assertThat(messages().find(org, queued.id()).orElseThrow().status())
                .as("a late write of LINE's answer does not undo the delivery")
                .isEqualTo(MessageStatus.DELIVERED);
        assertThat(messages().markDelivered(org, queued.deliveryTag(), T0.plusSeconds(3)))
                .as("delivered once")
                .isEmpty();
    }

    @Test
    void anUnconfirmedNotificationMessageIsDeliveredByItsEventButAPushByUserIdNever() {
        TransactionalMessage unconfirmed = byPhone("pnp-2").unconfirmed("LINE did not answer in time", T0);
        messages().insertUnlessKeyTaken(unconfirmed);
        TransactionalMessage push = queued("push-1", T0).sent("req-2", T0);
        messages().insertUnlessKeyTaken(push);

        assertThat(messages().markDelivered(org, unconfirmed.deliveryTag(), T0.plusSeconds(1)))
                .contains(unconfirmed.id());
        assertThat(messages().markDelivered(org, push.deliveryTag(), T0.plusSeconds(1)))
                .isEmpty();
        assertThat(messages().find(org, push.id()).orElseThrow().status()).isEqualTo(MessageStatus.SENT);
        assertThat(messages().claimDue(T0.plusSeconds(60), Duration.ofSeconds(30), 100))
                .extracting(TransactionalMessage::id)
                .as("neither is ever tried again")
                .doesNotContain(unconfirmed.id(), push.id());
    }

    @Test
    void aTakenKeyStoresNothingAndAnswersTheMessageThatHoldsIt() {
        TransactionalMessage first = queued("order-1", T0);
        messages().insertUnlessKeyTaken(first);
        TransactionalMessage second = queued("order-1", T0.plusSeconds(1));

        assertThat(messages().insertUnlessKeyTaken(second)).contains(first);
        assertThat(messages().find(org, second.id())).isEmpty();

        OrgId other = StorageFixtures.org(orgRepository());
        TransactionalMessage elsewhere = TransactionalMessage.queued(
                other, "order-1", request(), first.route().orElseThrow(), T0, T0);
        assertThat(messages().insertUnlessKeyTaken(elsewhere))
                .as("keys are per org")
                .isEmpty();
    }

    @Test
    void racingRequestsWithOneKeyStoreOneMessage() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Optional<TransactionalMessage>>> racers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                racers.add(() -> messages().insertUnlessKeyTaken(queued("race", T0)));
            }
            int stored = 0;
            for (Future<Optional<TransactionalMessage>> result : pool.invokeAll(racers)) {
                stored += result.get().isEmpty() ? 1 : 0;
            }
            assertThat(stored).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSavedStateIsWhatIsReadBack() {
        TransactionalMessage message = queued("order-1", T0);
        messages().insertUnlessKeyTaken(message);
        TransactionalMessage rerouted = message.rerouted(
                new MessageRoute(
                        new GatewayId("gw_2"), new LineAccountId("la_2"), "U456", MESSAGES, false, UUID.randomUUID()),
                "quota",
                T0.plusSeconds(1));
        messages().save(rerouted);
        assertThat(messages().find(org, message.id())).contains(rerouted);

        TransactionalMessage sent = rerouted.sent("req-1", T0.plusSeconds(2));
        messages().save(sent);
        assertThat(messages().find(org, message.id())).contains(sent);
        assertThat(sent.failedGateways()).containsExactly(new GatewayId("gw_1"));
    }

    @Test
    void dueMessagesNobodyHoldsAreClaimedOnceUntilTheirHoldRunsOut() {
        TransactionalMessage held = queued("held", T0);
        messages().insertUnlessKeyTaken(held);
        TransactionalMessage waiting = queued("waiting", T0).retryAt(T0.plusSeconds(5), "busy", T0);
        messages().insertUnlessKeyTaken(waiting);
        TransactionalMessage settled = queued("settled", T0).sent("req", T0);
        messages().insertUnlessKeyTaken(settled);

        assertThat(claimOurs(T0.plusSeconds(1)))
                .as("one held by its request, one not due yet")
                .isEmpty();
        List<TransactionalMessage> claimed = claimOurs(T0.plusSeconds(6));
        assertThat(claimed).extracting(TransactionalMessage::id).containsExactly(waiting.id());
        assertThat(claimed.get(0).inFlightUntil()).contains(T0.plusSeconds(16));
        assertThat(claimOurs(T0.plusSeconds(7))).isEmpty();
        assertThat(claimOurs(T0.plusSeconds(40)))
                .extracting(TransactionalMessage::id)
                .containsExactlyInAnyOrder(held.id(), waiting.id());
    }

    /** The store may be shared with other tests' orgs: claim a lot, keep this org's. */
    private List<TransactionalMessage> claimOurs(Instant now) {
        return messages().claimDue(now, Duration.ofSeconds(10), 10_000).stream()
                .filter(message -> message.orgId().equals(org))
                .toList();
    }

    @Test
    void aCustomersMessagesAreListedNewestFirstInPages() {
        List<MessageId> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            TransactionalMessage message = queued("k" + i, T0.plusSeconds(i));
            messages().insertUnlessKeyTaken(message);
            ids.add(0, message.id());
        }
        Page<TransactionalMessage> first = messages().ofCustomer(org, customer, PageRequest.first(3));
        Page<TransactionalMessage> second =
                messages().ofCustomer(org, customer, new PageRequest(3, first.nextCursor()));

        assertThat(first.items()).extracting(TransactionalMessage::id).containsExactlyElementsOf(ids.subList(0, 3));
        assertThat(second.items()).extracting(TransactionalMessage::id).containsExactlyElementsOf(ids.subList(3, 5));
        assertThat(second.nextCursor()).isEmpty();
        assertThat(messages()
                        .ofCustomer(org, CustomerId.generate(), PageRequest.first(3))
                        .items())
                .isEmpty();
        assertThat(first.items()).allMatch(message -> message.status() == MessageStatus.QUEUED);
    }
}
