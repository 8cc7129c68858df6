package io.lineengage.application.service.transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lineengage.application.fake.Shop;
import io.lineengage.application.port.in.transactional.MessageReceipt;
import io.lineengage.application.port.in.transactional.SendMessageCommand;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.error.UnprocessableException;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.gateway.PriorityClass;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.subscription.ConsentCategory;
import io.lineengage.domain.subscription.SubscriptionStatus;
import io.lineengage.domain.template.TemplateId;
import io.lineengage.domain.transactional.MessageRequest;
import io.lineengage.domain.transactional.MessageStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** On fakes: who a transactional message reaches, through which gateway, why not, and that a key sends once. */
class TransactionalSendServiceTest {
    private final Shop shop = new Shop();
    private final Shop.Channel tokyo = shop.channel(70, PriorityClass.TRANSACTIONAL);
    private final Shop.Channel bulk = shop.channel(100, PriorityClass.BULK);
    private final Messaging messaging = new Messaging(shop);

    @AfterEach
    void close() {
        messaging.close();
    }

    @Test
    void aFollowerGetsItOnceThroughATransactionalGatewayAndTheAnswerSaysSent() {
        Customer customer = shop.follower(tokyo, bulk);

        MessageReceipt receipt = messaging.send("order-1", customer);

        assertThat(receipt.status()).isEqualTo(MessageStatus.SENT);
        assertThat(receipt.gatewayId()).contains(tokyo.gateway().id());
        assertThat(receipt.lineRequestId()).isPresent();
        assertThat(receipt.reason()).isEmpty();
        assertThat(shop.line.receivedCount(tokyo.credentials(), shop.lineUserOf(customer)))
                .isEqualTo(1);
        assertThat(shop.line.receivedCount(bulk.credentials(), shop.lineUserOf(customer)))
                .as("a BULK gateway never carries a transactional message")
                .isZero();
        assertThat(messaging.sends.get(shop.org, receipt.deliveryId())).isEqualTo(receipt);
    }

    @Test
    void theSameKeyAndRequestAnswersTheFirstAnswerWithoutCallingLineAgain() {
        Customer customer = shop.follower(tokyo);
        MessageReceipt first = messaging.send("order-1", customer);

        MessageReceipt again = messaging.send("order-1", customer);

        assertThat(again).isEqualTo(first);
        assertThat(shop.line.receivedCount(tokyo.credentials(), shop.lineUserOf(customer)))
                .isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedNamingTheKey() {
        Customer customer = shop.follower(tokyo);
        Customer other = shop.follower(tokyo);
        messaging.send("order-1", customer);

        for (MessageRequest different : List.of(
                messaging.ofTemplate(other),
                Messaging.ofText(customer, "another text"),
                messaging.ofTemplate(customer, tokyo.gateway().id()))) {
            assertThatThrownBy(() -> messaging.sends.send(new SendMessageCommand(shop.org, "order-1", different)))
                    .isInstanceOf(UnprocessableException.class)
                    .satisfies(
                            e -> assertThat(((UnprocessableException) e).error().field())
                                    .isEqualTo("idempotencyKey"));
        }
        assertThat(shop.line.receivedCount(tokyo.credentials(), shop.lineUserOf(other)))
                .isZero();
    }

    @Test
    void requestsRacingWithOneKeyStoreOneMessageAndLineSendsItOnce() throws Exception {
        Customer customer = shop.follower(tokyo);
        ExecutorService racers = Executors.newFixedThreadPool(8);
        try {
            List<Callable<MessageReceipt>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> messaging.send("order-race", customer));
            }
            List<MessageReceipt> receipts = new ArrayList<>();
            for (Future<MessageReceipt> answer : racers.invokeAll(calls)) {
                receipts.add(answer.get());
            }

            assertThat(receipts)
                    .extracting(MessageReceipt::deliveryId)
                    .containsOnly(receipts.get(0).deliveryId());
            assertThat(receipts).extracting(MessageReceipt::status).containsOnly(MessageStatus.SENT);
            assertThat(shop.line.receivedCount(tokyo.credentials(), shop.lineUserOf(customer)))
                    .isEqualTo(1);
        } finally {
            racers.shutdownNow();
        }
    }

    @Test
    void whoCannotBeReachedIsSkippedWithTheReason() {
        Customer stranger = shop.customer();
        Customer bulkOnly = shop.follower(bulk);
        Customer optedOut = shop.follower(tokyo);
        shop.optOut(optedOut, tokyo, ConsentCategory.TRANSACTIONAL);
        Customer promotionalOptOut = shop.follower(tokyo);
        shop.optOut(promotionalOptOut, tokyo, ConsentCategory.PROMOTIONAL);
        Customer blocked = shop.follower(tokyo);
        shop.status(tokyo, shop.lineUserOf(blocked), SubscriptionStatus.BLOCKED);

        assertThat(messaging.send("a", stranger).reason()).contains("no_line_identity");
        assertThat(messaging.send("b", bulkOnly).reason()).contains("not_following");
        assertThat(messaging.send("c", optedOut).reason()).contains("no_consent");
        assertThat(messaging.send("d", blocked).reason()).contains("not_following");
        assertThat(messaging.send("e", promotionalOptOut).status())
                .as("a promotional opt-out does not stop receipts")
                .isEqualTo(MessageStatus.SENT);
        assertThat(messaging.send("a", stranger).status()).isEqualTo(MessageStatus.SKIPPED);
        assertThat(shop.line.receivedCount(tokyo.credentials(), shop.lineUserOf(optedOut)))
                .isZero();
    }

    @Test
    void withNoTransactionalGatewayItIsSkippedAsNoGateway() {
        Shop bulkShop = new Shop();
        Shop.Channel only = bulkShop.channel(100);
        try (Messaging bulkMessaging = new Messaging(bulkShop)) {
            MessageReceipt receipt = bulkMessaging.send("k", bulkShop.follower(only));

            assertThat(receipt.status()).isEqualTo(MessageStatus.SKIPPED);
            assertThat(receipt.reason()).contains(MessageRouting.NO_GATEWAY);
        }
    }

    @Test
    void labelsAreRenderedForTheCustomerAndAMissingValueIsSkipped() {
        Customer named = shop.follower(tokyo);

        MessageReceipt sent = messaging.sends.send(
                new SendMessageCommand(shop.org, "hi", Messaging.ofText(named, "Your order, {{name}}, has shipped")));
        MessageReceipt skipped = messaging.sends.send(
                new SendMessageCommand(shop.org, "hi-2", Messaging.ofText(named, "{{email}} confirmed")));

        assertThat(sent.status()).isEqualTo(MessageStatus.SENT);
        assertThat(messaging
                        .messages
                        .find(shop.org, sent.deliveryId())
                        .orElseThrow()
                        .route()
                        .orElseThrow()
                        .messages())
                .isEqualTo(new JsonLike.JArray(List.of(new JsonLike.JObject(Map.of(
                        "type",
                        new JsonLike.JString("text"),
                        "text",
                        new JsonLike.JString("Your order, Aiko, has shipped"))))));
        assertThat(skipped.status()).isEqualTo(MessageStatus.SKIPPED);
        assertThat(skipped.reason()).contains("missing_label_value");
    }

    @Test
    void whatTheRequestNamesMustExistAndFitEachFaultByItsField() {
        Customer customer = shop.follower(tokyo);
        assertFault(
                new MessageRequest(customer.id(), Optional.of(new TemplateId("tpl_nope")), Optional.empty(), List.of()),
                "templateId");
        assertFault(messaging.ofTemplate(customer, bulk.gateway().id()), "gatewayIds[0]");
        assertFault(messaging.ofTemplate(customer, tokyo.gateway().id(), new GatewayId("gw_nope")), "gatewayIds[1]");
        assertFault(
                new MessageRequest(CustomerId.generate(), Optional.of(shop.template.id()), Optional.empty(), List.of()),
                "customerId");
        assertFault(
                new MessageRequest(
                        customer.id(),
                        Optional.empty(),
                        Optional.of(new JsonLike.JArray(List.of(new JsonLike.JObject(
                                Map.of("type", new JsonLike.JString("text"), "text", new JsonLike.JString("")))))),
                        List.of()),
                "messages[0].text");
        assertFault(Messaging.ofText(customer, "{{noSuchField}}"), "messages[0].text");
        for (String key : List.of("", " ", "k".repeat(256), "nul\u0000key", "lone \uD800 surrogate")) {
            assertThatThrownBy(() -> new SendMessageCommand(shop.org, key, messaging.ofTemplate(customer)))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("idempotencyKey");
        }
        assertThat(shop.line.receivedCount(tokyo.credentials(), shop.lineUserOf(customer)))
                .isZero();
        assertThat(messaging.send("after-faults", customer).status())
                .as("a refused request stores nothing under its key")
                .isEqualTo(MessageStatus.SENT);
    }

    private void assertFault(MessageRequest request, String field) {
        assertThatThrownBy(() -> messaging.sends.send(new SendMessageCommand(shop.org, "faulty", request)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors())
                        .anySatisfy(error -> assertThat(error.field()).isEqualTo(field)));
    }

    @Test
    void amongSeveralGatewaysTheWeightsDecide() {
        Shop.Channel osaka = shop.channel(30, PriorityClass.TRANSACTIONAL);
        Map<GatewayId, Integer> counts = new HashMap<>();
        for (int i = 0; i < 300; i++) {
            MessageReceipt receipt = messaging.send("k" + i, shop.follower(tokyo, osaka));
            counts.merge(receipt.gatewayId().orElseThrow(), 1, Integer::sum);
        }
        // 300 draws at 0.7: one standard deviation is about 8 messages.
        assertThat(counts.get(tokyo.gateway().id())).isBetween(210 - 40, 210 + 40);
        assertThat(counts.get(osaka.gateway().id())).isBetween(90 - 40, 90 + 40);
    }

    @Test
    void aMessageIsReadOnlyInItsOwnOrg() {
        MessageReceipt receipt = messaging.send("order-1", shop.follower(tokyo));
        Shop other = new Shop();

        assertThatThrownBy(() -> messaging.sends.get(other.org, receipt.deliveryId()))
                .hasMessageContaining(receipt.deliveryId().value());
    }
}
