package io.lineengage.adapters.persistence.account;

import java.time.Instant;

/** A line_accounts row: secrets still encrypted. */
public record LineAccountRow(
        String id,
        String orgId,
        String name,
        String providerName,
        String channelId,
        String channelSecretEnc,
        String accessTokenEnc,
        String status,
        boolean unitsOnPush,
        boolean notificationMessages,
        Instant createdAt,
        Instant updatedAt,
        long version) {}
