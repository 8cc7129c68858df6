package io.lineengage.application.port.in.webhook;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The org's latest webhook events as they arrived: what the console's overview shows live. */
public interface RecentLineEventsUseCase {
    int MAX = 100;

    /** Newest first, at most {@code limit} (1 to {@link #MAX}). */
    List<RecentEvent> recent(OrgId orgId, int limit);

    /** {@code content}: a message's text (or its type), a postback's data, a delivery's tag. */
    record RecentEvent(
            LineAccountId accountId,
            String type,
            Optional<String> lineUserId,
            Optional<String> content,
            Instant occurredAt,
            Instant receivedAt) {}
}
