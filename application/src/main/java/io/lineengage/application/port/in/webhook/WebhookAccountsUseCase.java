package io.lineengage.application.port.in.webhook;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.org.OrgId;
import java.util.Optional;

public interface WebhookAccountsUseCase {
    /**
     * What the webhook endpoint needs to check a delivery to {@code id}: its org and channel secret. Kept in memory
     * for a short while; {@code fresh} reads storage (after a signature mismatch, in case the secret was just changed).
     */
    Optional<WebhookAccount> forWebhook(LineAccountId id, boolean fresh);

    record WebhookAccount(OrgId orgId, LineAccountId id, String channelSecret) {
        @Override
        public String toString() {
            return "WebhookAccount[orgId=" + orgId + ", id=" + id + ", secret hidden]";
        }
    }
}
