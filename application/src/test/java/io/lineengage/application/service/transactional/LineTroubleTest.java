package io.lineengage.application.service.transactional;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.application.fake.Shop;
import io.lineengage.application.port.in.transactional.MessageReceipt;
import io.lineengage.application.port.out.line.LineMessagingPort;
import io.lineengage.application.port.out.line.PushRequest;
import io.lineengage.application.port.out.line.SendOutcome;
import io.lineengage.domain.account.AccountStatus;
import io.lineengage.domain.account.ChannelCredentials;
import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.gateway.PriorityClass;
import io.lineengage.domain.line.LineFailure;
import io.lineengage.domain.message.LineMessage;
import io.lineengage.domain.transactional.MessageRoute;
import io.lineengage.domain.transactional.MessageStatus;
import io.lineengage.domain.transactional.TransactionalMessage;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** On fakes: LINE failing, slow, or lost in the middle of a call; each message still reaches the user exactly once. */
class LineTroubleTest {
    private final Shop shop = new Shop();
    private final Shop.Channel tokyo = shop.channel(70, PriorityClass.TRANSACTIONAL);

    @Test
    void serverErrorsWhileTheRequestWaitsAreRetriedAndItIsSentOnce() {
        Customer customer = shop.follower(tokyo);
        shop.line.failNextCalls(tokyo.credentials(), 2, 500);
        try (Messaging messaging = new Messaging(shop)) {
            MessageReceipt receipt = messaging.send("order-1", customer);

            assertThat(receipt.status()).isEqualTo(MessageStatus.SENT);
            assertThat(receipt.attempts()).isEqualTo(3);
            assertThat(shop.line.receivedCount(tokyo.credentials(), shop.lineUserOf(customer)))
                    .isEqualTo(1);
        }
    }

    @Test
    void lineStillFailingAfterTheRequestsTriesIsQueuedAndTheBackgroundSendsItOnce() {
        Customer customer = shop.follower(tokyo);
        shop.line.failNextCalls(tokyo.credentials(), 5, 503);
        try (Messaging messaging = new Messaging(shop)) {
            MessageReceipt receipt = messaging.send("order-1", customer);

            assertThat(receipt.status()).isEqualTo(MessageStatus.QUEUED);
            assertThat(receipt.reason())
                    .hasValueSatisfying(why -> assertThat(why).contains("503"));
            assertThat(messaging.queue.finishDue()).as("not due yet").isZero();
            shop.clock.advance(Duration.ofSeconds(30));
            assertThat(messaging.queue.finishDue())
                    .as("still failing: tried once more")
                    .isEqualTo(1);
            assertThat(messaging.sends.get(shop.org, receipt.deliveryId()).status())
                    .isEqualTo(MessageStatus.QUEUED);
            shop.clock.advance(Duration.ofMinutes(5));
            messaging.queue.finishDue();

            MessageReceipt outcome = messaging.sends.get(shop.org, receipt.deliveryId());
            assertThat(outcome.status()).isEqualTo(MessageStatus.SENT);
            assertThat(outcome.attempts()).isEqualTo(6);
            assertThat(messaging.send("order-1", customer)).isEqualTo(outcome);
            assertThat(shop.line.receivedCount(tokyo.credentials(), shop.lineUserOf(customer)))
                    .isEqualTo(1);
        }
    }

    @Test
    void noNewTryStartsOnceTheRequestHasWaitedItsTime() throws Exception {
        Customer customer = shop.follower(tokyo);
        shop.line.failNextCalls(tokyo.credentials(), 10, 500);
        // The first pause would end after the answer is due: one try, then the background.
        Patience brief = new Patience(
                Duration.ofMillis(300), Duration.ofSeconds(1), 4, Duration.ofSeconds(60), Duration.ofSeconds(30));
        try (Messaging messaging = new Messaging(shop, shop.line, brief)) {
            MessageReceipt receipt = messaging.send("order-1", customer);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (messaging
                            .messages
                            .find(shop.org, receipt.deliveryId())
                            .orElseThrow()
                            .inFlightAt(shop.clock.instant())
                    && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }

            TransactionalMessage handedOver =
                    messaging.messages.find(shop.org, receipt.deliveryId()).orElseThrow();
            assertThat(handedOver.status()).isEqualTo(MessageStatus.QUEUED);
            assertThat(handedOver.inFlightAt(shop.clock.instant()))
                    .as("nobody holds it")
                    .isFalse();
            assertThat(handedOver.attempts()).isEqualTo(1);
        }
    }

    @Test
    void anAnswerLostAfterLineAcceptedIsRetriedUnderTheSameKeyAndNotSentTwice() {
        Customer customer = shop.follower(tokyo);
        AtomicInteger calls = new AtomicInteger();
        LineMessagingPort losesTheFirstAnswer = around((request, real) -> {
            SendOutcome outcome = real.get();
            return calls.incrementAndGet() == 1 ? new SendOutcome.Failed(new LineFailure.Timeout()) : outcome;
        });
        try (Messaging messaging = new Messaging(shop, losesTheFirstAnswer, Messaging.PATIENT)) {
            MessageReceipt receipt = messaging.send("order-1", customer);

            assertThat(receipt.status()).isEqualTo(MessageStatus.SENT);
            assertThat(calls).hasValue(2);
            assertThat(shop.line.receivedCount(tokyo.credentials(), shop.lineUserOf(customer)))
                    .isEqualTo(1);
        }
    }

    @Test
    void aSlowLineGetsAQueuedAnswerAndTheCallStillSettlesTheMessage() throws Exception {
        Customer customer = shop.follower(tokyo);
        CountDownLatch release = new CountDownLatch(1);
        LineMessagingPort slow = around((request, real) -> {
            await(release);
            return real.get();
        });
        Patience impatient = new Patience(
                Duration.ofMillis(50), Duration.ofMillis(1), 4, Duration.ofSeconds(60), Duration.ofSeconds(30));
        try (Messaging messaging = new Messaging(shop, slow, impatient)) {
            MessageReceipt receipt = messaging.send("order-1", customer);
            assertThat(receipt.status()).isEqualTo(MessageStatus.QUEUED);
            assertThat(messaging.queue.finishDue())
                    .as("held by the call under way")
                    .isZero();

            release.countDown();

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (messaging.sends.get(shop.org, receipt.deliveryId()).status() == MessageStatus.QUEUED
                    && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(messaging.sends.get(shop.org, receipt.deliveryId()).status())
                    .isEqualTo(MessageStatus.SENT);
            assertThat(shop.line.receivedCount(tokyo.credentials(), shop.lineUserOf(customer)))
                    .isEqualTo(1);
        }
    }

    @Test
    void aMessageLeftHeldByACrashIsSentOnceAfterItsHoldEndsEvenIfLineHadAcceptedIt() {
        Customer accepted = shop.follower(tokyo);
        Customer notYet = shop.follower(tokyo);
        try (Messaging messaging = new Messaging(shop)) {
            TransactionalMessage acceptedBeforeTheCrash = heldMessage(messaging, accepted, "crash-1");
            MessageRoute route = acceptedBeforeTheCrash.route().orElseThrow();
            shop.line.push(
                    tokyo.credentials(),
                    PushRequest.of(
                            ((MessageRoute.Addressee.LineUser) route.to()).userId(),
                            LineMessage.Composed.each(route.messages()),
                            route.retryKey()));
            TransactionalMessage neverSent = heldMessage(messaging, notYet, "crash-2");

            assertThat(messaging.queue.finishDue()).as("still held").isZero();
            shop.clock.advance(Duration.ofSeconds(61));
            assertThat(messaging.queue.finishDue()).isEqualTo(2);

            assertThat(messaging
                            .sends
                            .get(shop.org, acceptedBeforeTheCrash.id())
                            .status())
                    .isEqualTo(MessageStatus.SENT);
            assertThat(messaging.sends.get(shop.org, neverSent.id()).status()).isEqualTo(MessageStatus.SENT);
            assertThat(shop.line.receivedCount(
                            tokyo.credentials(), ((MessageRoute.Addressee.LineUser) route.to()).userId()))
                    .isEqualTo(1);
            assertThat(shop.line.receivedCount(tokyo.credentials(), shop.lineUserOf(notYet)))
                    .isEqualTo(1);
        }
    }

    @Test
    void aMessageLineNeverAcceptedWithinTheRetryKeysLifeIsGivenUpNotSent() {
        Customer customer = shop.follower(tokyo);
        try (Messaging messaging = new Messaging(shop)) {
            TransactionalMessage stuck = heldMessage(messaging, customer, "old");
            shop.clock.advance(Duration.ofHours(23));

            messaging.queue.finishDue();

            MessageReceipt outcome = messaging.sends.get(shop.org, stuck.id());
            assertThat(outcome.status()).isEqualTo(MessageStatus.FAILED);
            assertThat(outcome.reason())
                    .hasValueSatisfying(why -> assertThat(why).contains("23 hours"));
            assertThat(shop.line.receivedCount(tokyo.credentials(), shop.lineUserOf(customer)))
                    .isZero();
        }
    }

    @Test
    void anExhaustedQuotaFailsOverToAnotherTransactionalGatewayTheCustomerFollows() {
        Shop.Channel osaka = shop.channel(30, PriorityClass.TRANSACTIONAL);
        List<Customer> both = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            both.add(shop.follower(tokyo, osaka));
        }
        Customer tokyoOnly = shop.follower(tokyo);
        shop.line.exhaustQuota(tokyo.credentials());
        try (Messaging messaging = new Messaging(shop)) {
            int movedOver = 0;
            for (Customer customer : both) {
                MessageReceipt receipt = messaging.send("k-" + customer.id(), customer);
                assertThat(receipt.status()).isEqualTo(MessageStatus.SENT);
                assertThat(receipt.gatewayId()).contains(osaka.gateway().id());
                assertThat(shop.line.receivedCount(osaka.credentials(), shop.lineUserOf(customer)))
                        .isEqualTo(1);
                List<GatewayId> failed = messaging
                        .messages
                        .find(shop.org, receipt.deliveryId())
                        .orElseThrow()
                        .failedGateways();
                if (!failed.isEmpty()) {
                    assertThat(failed).containsExactly(tokyo.gateway().id());
                    movedOver++;
                }
            }
            MessageReceipt stranded = messaging.send("b", tokyoOnly);

            assertThat(movedOver)
                    .as("Tokyo, drawn 7 times in 10, was tried and failed over from")
                    .isPositive();
            assertThat(stranded.status()).isEqualTo(MessageStatus.FAILED);
            assertThat(stranded.reason()).contains(new LineFailure.QuotaExhausted().describe());
            assertThat(stranded.gatewayId()).contains(tokyo.gateway().id());
        }
    }

    @Test
    void revokedCredentialsOrADisabledAccountMoveTheMessageToAnotherGateway() {
        Shop.Channel osaka = shop.channel(30, PriorityClass.TRANSACTIONAL);
        Customer customer = shop.follower(tokyo, osaka);
        Customer other = shop.follower(tokyo, osaka);
        try (Messaging messaging = new Messaging(shop)) {
            shop.line.revokeCredentials(tokyo.credentials());
            MessageReceipt revoked = messaging.send(
                    "a", customer, tokyo.gateway().id(), osaka.gateway().id());
            LineAccount disabled = tokyo.account()
                    .changed(
                            new LineAccount.Changes(null, null, null, null, Optional.of(AccountStatus.DISABLED)),
                            shop.clock.instant());
            shop.accounts.update(disabled, tokyo.account().version());
            MessageReceipt afterDisabling = messaging.send("b", other);

            assertThat(revoked.gatewayId()).contains(osaka.gateway().id());
            assertThat(revoked.status()).isEqualTo(MessageStatus.SENT);
            assertThat(afterDisabling.gatewayId()).contains(osaka.gateway().id());
            assertThat(shop.line.receivedCount(tokyo.credentials(), shop.lineUserOf(other)))
                    .isZero();
        }
    }

    /** A message as a request stores it just before calling LINE, and then the instance dies. */
    private TransactionalMessage heldMessage(Messaging messaging, Customer customer, String key) {
        Instant now = shop.clock.instant();
        MessageRoute route = new MessageRoute(
                tokyo.gateway().id(),
                tokyo.account().id(),
                shop.lineUserOf(customer),
                shop.template.messages(),
                false,
                UUID.randomUUID());
        TransactionalMessage message = TransactionalMessage.queued(
                shop.org, key, messaging.ofTemplate(customer), route, now, now.plusSeconds(60));
        messaging.messages.insertUnlessKeyTaken(message);
        return message;
    }

    interface PushAround {
        SendOutcome push(PushRequest request, Supplier<SendOutcome> real);
    }

    /** The fake LINE with its push wrapped; everything else goes straight through. */
    private LineMessagingPort around(PushAround push) {
        return (LineMessagingPort) Proxy.newProxyInstance(
                LineMessagingPort.class.getClassLoader(),
                new Class<?>[] {LineMessagingPort.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("push")) {
                        ChannelCredentials channel = (ChannelCredentials) args[0];
                        PushRequest request = (PushRequest) args[1];
                        return push.push(request, () -> shop.line.push(channel, request));
                    }
                    return method.invoke(shop.line, args);
                });
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
