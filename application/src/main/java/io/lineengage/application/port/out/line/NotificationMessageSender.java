package io.lineengage.application.port.out.line;

import io.lineengage.domain.account.ChannelCredentials;
import io.lineengage.domain.message.LineMessage;
import java.util.List;
import java.util.Objects;

/**
 * LINE notification messages: a message to a user by phone number, without their following the account (Japan,
 * Thailand and Taiwan, for accounts LINE approved). Bound only in the markets that have them. LINE takes no retry key
 * for them: a call whose answer is lost must not be repeated ({@link io.lineengage.domain.line.LineFailure#mayHaveBeenSent}).
 */
public interface NotificationMessageSender {
    /** Sends {@code request}; accepted, or a failure (422 when no LINE user with that number can receive it). */
    SendOutcome send(ChannelCredentials channel, PhonePush request);

    /**
     * One notification message. {@code e164}: the number in E.164 form (the adapter hashes it as LINE wants);
     * {@code deliveryTag}: 16 to 100 characters, brought back by LINE's delivery event once the user received it.
     */
    record PhonePush(String e164, List<LineMessage> messages, boolean notificationDisabled, String deliveryTag) {
        public PhonePush {
            Objects.requireNonNull(e164, "e164");
            Objects.requireNonNull(deliveryTag, "deliveryTag");
            messages = List.copyOf(messages);
            if (messages.isEmpty() || messages.size() > 5) {
                throw new IllegalArgumentException("a notification message carries 1 to 5 messages");
            }
            if (deliveryTag.length() < 16 || deliveryTag.length() > 100) {
                throw new IllegalArgumentException("a delivery tag has 16 to 100 characters");
            }
        }
    }
}
