package io.lineengage.domain.webhook;

import java.util.Objects;
import java.util.Optional;

/** A LINE webhook event, by what the product does with it; every other type is kept as {@link Other}. */
public sealed interface LineEvent {
    EventEnvelope envelope();

    /** The user added the account as a friend, or unblocked it. */
    record Follow(EventEnvelope envelope, boolean unblocked) implements LineEvent {}

    /** The user blocked the account. */
    record Unfollow(EventEnvelope envelope) implements LineEvent {}

    /** The user sent a message; {@code text} for text messages. */
    record MessageReceived(EventEnvelope envelope, String messageType, Optional<String> text) implements LineEvent {
        public MessageReceived {
            Objects.requireNonNull(messageType, "messageType");
            text = text == null ? Optional.empty() : text;
        }
    }

    /** The user tapped a postback action. */
    record Postback(EventEnvelope envelope, String data) implements LineEvent {
        public Postback {
            Objects.requireNonNull(data, "data");
        }
    }

    /** The result of linking the user's LINE account to the brand's own account. */
    record AccountLinked(EventEnvelope envelope, String result, String nonce) implements LineEvent {
        public AccountLinked {
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(nonce, "nonce");
        }
    }

    /** A LINE notification message reached its user; {@code deliveryTag} is the tag it was sent with. */
    record NotificationDelivered(EventEnvelope envelope, String deliveryTag) implements LineEvent {
        public NotificationDelivered {
            Objects.requireNonNull(deliveryTag, "deliveryTag");
        }
    }

    /** Any other event type (join, leave, unsend, membership, ...): kept in the event log only. */
    record Other(EventEnvelope envelope) implements LineEvent {}
}
