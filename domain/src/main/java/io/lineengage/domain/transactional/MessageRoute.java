package io.lineengage.domain.transactional;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.json.JsonLike;
import java.util.Objects;
import java.util.UUID;

/**
 * How a message goes: through which gateway and account to whom, the messages as rendered for the customer, and the
 * retry key stored before the first call (a retry with it can never deliver twice).
 */
public record MessageRoute(
        GatewayId gatewayId,
        LineAccountId accountId,
        Addressee to,
        JsonLike messages,
        boolean notificationDisabled,
        UUID retryKey) {
    public MessageRoute {
        Objects.requireNonNull(gatewayId, "gatewayId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(retryKey, "retryKey");
    }

    /** A route to a LINE user who follows the account. */
    public MessageRoute(
            GatewayId gatewayId,
            LineAccountId accountId,
            String lineUserId,
            JsonLike messages,
            boolean notificationDisabled,
            UUID retryKey) {
        this(gatewayId, accountId, new Addressee.LineUser(lineUserId), messages, notificationDisabled, retryKey);
    }

    /** Whether it goes as a LINE notification message to a phone number. */
    public boolean byPhone() {
        return to instanceof Addressee.Phone;
    }

    /** Whom a message is addressed to: a LINE user by ID, or (notification messages) a phone number. */
    public sealed interface Addressee {
        record LineUser(String userId) implements Addressee {
            public LineUser {
                Objects.requireNonNull(userId, "userId");
            }
        }

        /** {@code e164}: the customer's mobile number in E.164 form, as LINE hashes it. */
        record Phone(String e164) implements Addressee {
            public Phone {
                Objects.requireNonNull(e164, "e164");
            }
        }
    }
}
