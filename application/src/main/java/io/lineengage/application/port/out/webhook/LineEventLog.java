package io.lineengage.application.port.out.webhook;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.webhook.LineEvent;
import java.time.Instant;
import java.util.List;

/** Every webhook event received, stored once (by webhook event ID), then processed once. */
public interface LineEventLog {
    /**
     * Stores the events not seen before (redeliveries and concurrent duplicates are dropped) and answers those.
     * Returns only once they are durable.
     */
    List<LineEvent> storeNew(OrgId orgId, LineAccountId accountId, List<LineEvent> events, Instant receivedAt);

    /**
     * Up to {@code limit} unprocessed events, oldest first, claimed for this caller: inside a unit of work, others
     * calling at the same time get other events. The claim ends with the unit of work.
     */
    List<PendingEvent> claimPending(int limit);

    /** Marks the events processed, each with what processing made of it. */
    void markProcessed(List<Processed> events, Instant processedAt);

    /** One processed event and its outcome. */
    record Processed(LineAccountId accountId, String webhookEventId, String outcome) {}

    long pendingCount();

    /** The org's latest events as received, newest first, at most {@code limit}. */
    List<Received> recent(OrgId orgId, int limit);

    /** An event as it arrived: for whom, through which account, and when. */
    record Received(PendingEvent event, Instant receivedAt) {}
}
