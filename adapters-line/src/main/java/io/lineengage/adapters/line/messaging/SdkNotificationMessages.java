package io.lineengage.adapters.line.messaging;

import com.linecorp.bot.messaging.model.PnpMessagesRequest;
import io.lineengage.application.port.out.line.NotificationMessageSender;
import io.lineengage.application.port.out.line.SendOutcome;
import io.lineengage.domain.account.ChannelCredentials;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * LINE notification messages on the official SDK ({@code POST /bot/pnp/push}): {@code to} is the SHA-256 of the
 * E.164 number in lower-case hex, the delivery tag goes in {@code X-Line-Delivery-Tag}; LINE takes no retry key here.
 */
final class SdkNotificationMessages implements NotificationMessageSender {
    private final LineCalls calls;

    SdkNotificationMessages(LineCalls calls) {
        this.calls = calls;
    }

    @Override
    public SendOutcome send(ChannelCredentials channel, PhonePush request) {
        PnpMessagesRequest body = new PnpMessagesRequest(
                SdkMessages.of(request.messages()), hashed(request.e164()), request.notificationDisabled());
        LineCalls.Called<Void> called =
                calls.call(channel, client -> client.pushMessagesByPhone(request.deliveryTag(), body));
        if (called instanceof LineCalls.Called.Done<Void> done) {
            return new SendOutcome.Accepted(done.result().requestId(), List.of());
        }
        return new SendOutcome.Failed(((LineCalls.Called.Failed<Void>) called).failure());
    }

    /** LINE's form of a phone number: SHA-256 of its E.164 text, in lower-case hex. */
    static String hashed(String e164) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(e164.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
