package io.lineengage.bootstrap;

import static io.lineengage.bootstrap.ServiceWithSandbox.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lineengage.adapters.http.web.ApiClient.Answer;
import io.lineengage.bootstrap.ServiceWithSandbox.Registered;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LINE notification messages against the sandbox: in the JP market a customer with a mobile number and no LINE follow
 * gets a transactional message by phone, delivered and confirmed by LINE's signed delivery event; in DEFAULT nothing
 * can send it; TH and TW read their own national numbers.
 */
class NotificationMessagesEndToEndTest {
    @TempDir
    Path dataDirectory;

    private ServiceWithSandbox world;

    @AfterEach
    void stop() {
        if (world != null) {
            world.close();
        }
    }

    /** A LINE account with a TRANSACTIONAL default gateway, enabled for notification messages when {@code enabled}. */
    private Registered account(boolean enabled) {
        Registered account = world.registerChannel(true);
        world.defaultGateway(account, 100, "TRANSACTIONAL");
        if (enabled) {
            Answer changed = world.api.send(
                    "PATCH",
                    "/api/v1/line-accounts/" + account.accountId(),
                    world.key,
                    "{\"notificationMessagesEnabled\":true}",
                    "application/json");
            assertThat(changed.status()).as(changed.text()).isEqualTo(200);
            assertThat(changed.json().get("notificationMessagesEnabled").asBoolean())
                    .isTrue();
        }
        return account;
    }

    private JsonNode customer(String mobile) {
        Answer created = world.api.post(
                "/api/v1/customers",
                world.key,
                "{\"externalId\":\"C-" + UUID.randomUUID() + "\",\"mobile\":\"" + mobile + "\"}");
        assertThat(created.status()).as(created.text()).isIn(200, 201);
        return created.json();
    }

    private JsonNode send(JsonNode customer) {
        Answer sent = world.api.post(
                "/api/v1/messages",
                world.key,
                "{\"customerId\":\"" + customer.get("id").asText() + "\",\"idempotencyKey\":\"" + UUID.randomUUID()
                        + "\",\"messages\":[{\"type\":\"text\",\"text\":\"Your parcel arrives today\"}]}");
        assertThat(sent.status()).as(sent.text()).isIn(200, 202);
        return sent.json();
    }

    private JsonNode message(String deliveryId) {
        return world.api.get("/api/v1/messages/" + deliveryId, world.key).json();
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private List<JsonNode> phoneCalls(Registered account) {
        return StreamSupport.stream(
                        world.control.requests(account.channel().channelId()).spliterator(), false)
                .filter(call -> call.path("path").asText().equals("/bot/pnp/push"))
                .toList();
    }

    @Test
    void inJapanAMobileWithoutAFollowGetsANotificationMessageThatTheDeliveryEventConfirms() throws Exception {
        world = new ServiceWithSandbox(dataDirectory, MarketChoice.JP);
        Registered account = account(true);
        world.control.registerNotificationPhones(account.channel().channelId(), List.of("+819012345678"));
        JsonNode customer = customer("090-1234-5678");
        assertThat(customer.get("mobile").asText()).isEqualTo("+819012345678");

        JsonNode sent = send(customer);

        assertThat(sent.get("status").asText()).as(sent.toString()).isEqualTo("SENT");
        assertThat(sent.get("addressedBy").asText()).isEqualTo("PHONE_NUMBER");
        String deliveryId = sent.get("deliveryId").asText();
        assertThat(world.control.notificationMessageCounts(account.channel().channelId()))
                .containsEntry(sha256("+819012345678"), 1);
        List<JsonNode> calls = phoneCalls(account);
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).at("/headers/X-Line-Delivery-Tag").asText()).isEqualTo(deliveryId);
        assertThat(calls.get(0).at("/headers/X-Line-Retry-Key").isMissingNode())
                .as("LINE takes no retry key for notification messages")
                .isTrue();
        assertThat(calls.get(0).get("body").asText()).contains(sha256("+819012345678"));

        eventually(() -> message(deliveryId).get("status").asText().equals("DELIVERED"));
        assertThat(world.control.receivedCounts(account.channel().channelId()))
                .as("no push by user ID")
                .isEmpty();
    }

    @Test
    void inJapanAnUnreachableNumberFailsAndATransactionalOptOutStopsIt() {
        world = new ServiceWithSandbox(dataDirectory, MarketChoice.JP);
        Registered account = account(true);
        world.control.registerNotificationPhones(account.channel().channelId(), List.of("+819012345678"));

        JsonNode unreachable = send(customer("080-9999-0000"));
        assertThat(unreachable.get("status").asText()).isEqualTo("FAILED");
        assertThat(unreachable.get("reason").asText()).isEqualTo("not_deliverable_by_phone");

        JsonNode optedOut = customer("090-1234-5678");
        String customerId = optedOut.get("id").asText();
        Answer consent = world.api.send(
                "PUT",
                "/api/v1/customers/" + customerId + "/consents",
                world.key,
                "{\"lineAccountId\":\"" + account.accountId() + "\",\"category\":\"TRANSACTIONAL\",\"optedIn\":false}",
                "application/json");
        assertThat(consent.status()).as(consent.text()).isIn(200, 204);

        JsonNode stopped = send(optedOut);
        assertThat(stopped.get("status").asText()).isEqualTo("SKIPPED");
        assertThat(stopped.get("reason").asText()).isEqualTo("no_consent");
        assertThat(world.control.notificationMessageCounts(account.channel().channelId()))
                .isEmpty();
        JsonNode timeline = world.api
                .get("/api/v1/customers/" + customerId + "/interactions?type=consent_change", world.key)
                .json();
        assertThat(timeline.at("/items/0/category").asText()).isEqualTo("TRANSACTIONAL");
        assertThat(timeline.at("/items/0/optedIn").asBoolean(true)).isFalse();
    }

    @Test
    void inTheDefaultMarketNothingSendsByPhoneSoTheMessageIsSkipped() {
        world = new ServiceWithSandbox(dataDirectory, MarketChoice.DEFAULT);
        assertThat(world.service.component().notificationMessages()).isEmpty();
        Registered account = account(true);
        world.control.registerNotificationPhones(account.channel().channelId(), List.of("+819012345678"));

        JsonNode unlinked = send(customer("+819012345678"));
        assertThat(unlinked.get("status").asText()).isEqualTo("SKIPPED");
        assertThat(unlinked.get("reason").asText()).isEqualTo("no_line_identity");

        // a LINE user who left the account: known to LINE, but not following
        String user =
                world.control.addFollowers(account.channel().channelId(), 1).get(0);
        world.backfill(account);
        String linked = world.api
                .get("/api/v1/lookup?lineUserId=" + user, world.key)
                .json()
                .at("/customer/id")
                .asText();
        world.control.webhook(account.channel().channelId(), java.util.Map.of("type", "unfollow", "userId", user));
        eventually(() -> world.subscription(account.accountId(), user)
                .get("status")
                .asText()
                .equals("BLOCKED"));
        JsonNode notFollowing = world.api
                .post(
                        "/api/v1/messages",
                        world.key,
                        "{\"customerId\":\"" + linked + "\",\"idempotencyKey\":\"k-" + UUID.randomUUID()
                                + "\",\"messages\":[{\"type\":\"text\",\"text\":\"Hi\"}]}")
                .json();
        assertThat(notFollowing.get("status").asText()).isEqualTo("SKIPPED");
        assertThat(notFollowing.get("reason").asText()).isEqualTo("not_following");
        assertThat(world.control.notificationMessageCounts(account.channel().channelId()))
                .isEmpty();
    }

    @Test
    void thailandReadsThaiNumbersAndSendsByPhone() throws Exception {
        world = new ServiceWithSandbox(dataDirectory, MarketChoice.parse("TH"));
        assertThat(world.service.component().market().defaultTimeZone().getId()).isEqualTo("Asia/Bangkok");
        Registered account = account(true);
        world.control.registerNotificationPhones(account.channel().channelId(), List.of("+66812345678"));
        JsonNode customer = customer("081 234 5678");
        assertThat(customer.get("mobile").asText()).isEqualTo("+66812345678");

        assertThat(send(customer).get("status").asText()).isEqualTo("SENT");
        assertThat(world.control.notificationMessageCounts(account.channel().channelId()))
                .containsEntry(sha256("+66812345678"), 1);
    }

    @Test
    void taiwanReadsTaiwaneseNumbers() {
        world = new ServiceWithSandbox(dataDirectory, MarketChoice.parse("TW"));
        assertThat(world.service.component().market().defaultTimeZone().getId()).isEqualTo("Asia/Taipei");
        assertThat(customer("0912 345 678").get("mobile").asText()).isEqualTo("+886912345678");
    }
}
