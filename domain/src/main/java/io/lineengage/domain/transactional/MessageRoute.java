package io.lineengage.domain.transactional;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.json.JsonLike;
import java.util.Objects;
import java.util.UUID;

/**
 * How a message goes: through which gateway and account to which LINE user, the messages as rendered for the
 * customer, and the retry key stored before the first call (a retry with it can never deliver twice).
 */
public record MessageRoute(
        GatewayId gatewayId,
        LineAccountId accountId,
        String lineUserId,
        JsonLike messages,
        boolean notificationDisabled,
        UUID retryKey) {
    public MessageRoute {
        Objects.requireNonNull(gatewayId, "gatewayId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(lineUserId, "lineUserId");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(retryKey, "retryKey");
    }
}
