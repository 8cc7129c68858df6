package io.lineengage.application.service.webhook;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.webhook.LineEvent;
import java.time.Instant;
import java.util.List;

/** What else happens when an account's webhook events are processed (journeys start), in the same transaction. */
@FunctionalInterface
public interface EventReactions {
    EventReactions NONE = (orgId, accountId, provider, events, now) -> {};

    void processed(OrgId orgId, LineAccountId accountId, String provider, List<LineEvent> events, Instant now);

    /** The transaction of the events processed since the last call committed. */
    default void committed() {}

    /** The transaction of the events processed since the last call rolled back: forget what it did. */
    default void discarded() {}
}
