package io.lineengage.domain.interaction;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.Objects;

/**
 * Something a LINE user did with an account that the brand may act on later: a message, a postback, an account
 * link. {@code content} is the message text (or its type in brackets), the postback data, or the link result.
 */
public record Interaction(
        OrgId orgId,
        LineAccountId accountId,
        String lineUserId,
        String eventId,
        Kind kind,
        String content,
        Instant occurredAt) {
    public enum Kind {
        MESSAGE,
        POSTBACK,
        ACCOUNT_LINK
    }

    public Interaction {
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(lineUserId, "lineUserId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
