package io.lineengage.adapters.http.account;

import io.lineengage.domain.account.LineAccount;
import java.time.Instant;

/** A LINE account as the API shows it: never its channel secret or access token. */
record LineAccountWebModel(
        String id,
        String name,
        String providerName,
        String channelId,
        String webhookUrl,
        String tokenMode,
        String status,
        boolean aggregationUnitsOnPush,
        boolean notificationMessagesEnabled,
        Instant createdAt,
        Instant updatedAt) {
    static LineAccountWebModel from(LineAccount account, String webhookUrl) {
        return new LineAccountWebModel(
                account.id().value(),
                account.name(),
                account.providerName(),
                account.channelId(),
                webhookUrl,
                account.tokenMode().name(),
                account.status().name(),
                account.unitsOnPush(),
                account.notificationMessages(),
                account.createdAt(),
                account.updatedAt());
    }
}
