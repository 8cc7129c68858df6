package io.lineengage.application.service.transactional;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.application.fake.FakeNotificationMessages;
import io.lineengage.application.fake.Shop;
import io.lineengage.application.port.in.transactional.MessageReceipt;
import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.customer.CustomerKind;
import io.lineengage.domain.gateway.PriorityClass;
import io.lineengage.domain.identity.LineIdentity;
import io.lineengage.domain.line.LineFailure;
import io.lineengage.domain.subscription.ConsentCategory;
import io.lineengage.domain.subscription.SubscriptionStatus;
import io.lineengage.domain.transactional.MessageRoute;
import io.lineengage.domain.transactional.MessageStatus;
import io.lineengage.domain.transactional.TransactionalMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * On fakes: a customer no TRANSACTIONAL gateway reaches by LINE user ID gets a LINE notification message at their
 * mobile number, once, through an account enabled for it; where no sender is bound, the message is skipped.
 */
class NotificationMessagesTest {
    private static final String MOBILE = "+819012345678";

    private final Shop shop = new Shop();
    private final Shop.Channel tokyo = shop.channel(70, PriorityClass.TRANSACTIONAL);
    private final FakeNotificationMessages phones = new FakeNotificationMessages();
    private final Messaging messaging = new Messaging(shop, shop.line, Messaging.PATIENT, Optional.of(phones));

    @AfterEach
    void close() {
        messaging.close();
    }

    private void enable(Shop.Channel channel) {
        LineAccount enabled = channel.account()
                .changed(
                        new LineAccount.Changes(null, null, null, null, null, null, Optional.of(true)),
                        shop.clock.instant());
        shop.accounts.update(enabled, channel.account().version());
    }

    private Customer withMobile(String mobile) {
        Instant now = shop.clock.instant();
        Customer customer = new Customer(
                CustomerId.generate(),
                shop.org,
                Optional.of("C-" + UUID.randomUUID()),
                Optional.of("Aiko"),
                Optional.of(mobile),
                Optional.empty(),
                Map.of(),
                Set.of(),
                CustomerKind.REGULAR,
                now,
                now);
        shop.customers.saveAll(List.of(customer));
        return customer;
    }

    @Test
    void aCustomerWithAMobileAndNoFollowGetsANotificationMessageTaggedWithItsDeliveryId() {
        enable(tokyo);
        phones.reachable(MOBILE);
        Customer customer = withMobile(MOBILE);

        MessageReceipt receipt = messaging.send("receipt-1", customer);

        assertThat(receipt.status()).isEqualTo(MessageStatus.SENT);
        assertThat(receipt.gatewayId()).contains(tokyo.gateway().id());
        assertThat(phones.sent())
                .containsExactly(new FakeNotificationMessages.Sent(
                        tokyo.credentials().channelId(),
                        MOBILE,
                        receipt.deliveryId().value()));
        TransactionalMessage stored =
                messaging.messages.find(shop.org, receipt.deliveryId()).orElseThrow();
        assertThat(stored.route().orElseThrow().to()).isEqualTo(new MessageRoute.Addressee.Phone(MOBILE));
    }

    @Test
    void aFollowerStillGetsAPushByUserIdNotANotificationMessage() {
        enable(tokyo);
        Customer follower = shop.follower(tokyo);

        assertThat(messaging.send("receipt-2", follower).status()).isEqualTo(MessageStatus.SENT);

        assertThat(shop.line.receivedCount(tokyo.credentials(), shop.lineUserOf(follower)))
                .isEqualTo(1);
        assertThat(phones.sent()).isEmpty();
    }

    @Test
    void withoutAnEnabledAccountOrAMobileTheSkipStands() {
        phones.reachable(MOBILE);
        assertThat(messaging.send("off", withMobile(MOBILE)).reason())
                .as("the account is not enabled for notification messages (the default)")
                .contains("no_line_identity");
        enable(tokyo);
        assertThat(messaging.send("no-mobile", shop.customer()).reason()).contains("no_line_identity");
        assertThat(phones.sent()).isEmpty();
    }

    @Test
    void aLineUserWhoUnfollowedIsReachedByPhone() {
        enable(tokyo);
        phones.reachable(MOBILE);
        Customer customer = withMobile(MOBILE);
        String user = "U" + "d".repeat(32);
        shop.identities.linkAll(
                List.of(new LineIdentity(shop.org, "Brand", user, customer.id(), shop.clock.instant())));
        shop.status(tokyo, user, SubscriptionStatus.BLOCKED);

        assertThat(messaging.send("blocked", customer).status()).isEqualTo(MessageStatus.SENT);
        assertThat(phones.sent()).hasSize(1);
    }

    @Test
    void anUnreachableNumberFailsAsNotDeliverableByPhone() {
        enable(tokyo);
        MessageReceipt receipt = messaging.send("unknown-number", withMobile("+819099999999"));

        assertThat(receipt.status()).isEqualTo(MessageStatus.FAILED);
        assertThat(receipt.reason()).contains("not_deliverable_by_phone");
    }

    @Test
    void aTransactionalOptOutKeptForTheCustomerStopsIt() {
        enable(tokyo);
        phones.reachable(MOBILE);
        Customer customer = withMobile(MOBILE);
        messaging.customerConsents.change(
                shop.org,
                customer.id(),
                tokyo.account().id(),
                ConsentCategory.TRANSACTIONAL,
                false,
                "test",
                shop.clock.instant());

        MessageReceipt receipt = messaging.send("opted-out", customer);

        assertThat(receipt.status()).isEqualTo(MessageStatus.SKIPPED);
        assertThat(receipt.reason()).contains("no_consent");
        assertThat(phones.sent()).isEmpty();
    }

    @Test
    void aTransactionalOptOutOfTheirLineIdentityStopsItToo() {
        enable(tokyo);
        phones.reachable(MOBILE);
        Customer customer = withMobile(MOBILE);
        shop.identities.linkAll(List.of(
                new LineIdentity(shop.org, "Brand", "U" + "c".repeat(32), customer.id(), shop.clock.instant())));
        shop.status(tokyo, "U" + "c".repeat(32), SubscriptionStatus.BLOCKED);
        shop.optOut(customer, tokyo, ConsentCategory.TRANSACTIONAL);

        assertThat(messaging.send("opted-out-by-identity", customer).reason()).contains("no_consent");
        assertThat(phones.sent()).isEmpty();
    }

    @Test
    void aLostAnswerIsNeverSentAgainButLeftUnconfirmed() {
        enable(tokyo);
        phones.reachable(MOBILE);
        phones.failNext(new LineFailure.Timeout(), true);

        MessageReceipt receipt = messaging.send("lost", withMobile(MOBILE));

        assertThat(receipt.status()).isEqualTo(MessageStatus.UNCONFIRMED);
        assertThat(receipt.reason())
                .hasValueSatisfying(reason -> assertThat(reason).contains("not sent again"));
        shop.clock.advance(Duration.ofMinutes(10));
        assertThat(messaging.queue.finishDue()).as("nothing is left to try").isZero();
        assertThat(phones.sent()).hasSize(1);
    }

    @Test
    void aRateLimitIsTriedAgainForLineDidNotActOnIt() {
        enable(tokyo);
        phones.reachable(MOBILE);
        phones.failNext(new LineFailure.RateLimited(), false);

        MessageReceipt receipt = messaging.send("busy", withMobile(MOBILE));

        assertThat(receipt.status()).isEqualTo(MessageStatus.SENT);
        assertThat(receipt.attempts()).isEqualTo(2);
        assertThat(phones.sent()).hasSize(1);
    }

    @Test
    void theDeliveryEventMarksItDeliveredAndAStoredAnswerDoesNotUndoThat() {
        enable(tokyo);
        phones.reachable(MOBILE);
        MessageReceipt receipt = messaging.send("delivered", withMobile(MOBILE));
        TransactionalMessage sent =
                messaging.messages.find(shop.org, receipt.deliveryId()).orElseThrow();

        assertThat(messaging.messages.markDelivered(shop.org, sent.deliveryTag(), shop.clock.instant()))
                .contains(receipt.deliveryId());
        messaging.messages.save(sent); // a late write of the SENT answer
        assertThat(messaging.sends.get(shop.org, receipt.deliveryId()).status()).isEqualTo(MessageStatus.DELIVERED);
        assertThat(messaging.messages.markDelivered(shop.org, "msg_" + "0".repeat(32), shop.clock.instant()))
                .isEmpty();
    }

    @Test
    void withoutASenderTheSameSendIsSkippedAsNotReachable() {
        enable(tokyo);
        phones.reachable(MOBILE);
        try (Messaging withoutPhones = new Messaging(shop)) {
            MessageReceipt receipt = withoutPhones.send("default-market", withMobile(MOBILE));
            assertThat(receipt.status()).isEqualTo(MessageStatus.SKIPPED);
            assertThat(receipt.reason()).contains("no_line_identity");
        }
        assertThat(phones.sent()).isEmpty();
    }
}
