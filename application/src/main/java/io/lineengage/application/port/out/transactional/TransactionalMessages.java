package io.lineengage.application.port.out.transactional;

import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import io.lineengage.domain.transactional.MessageId;
import io.lineengage.domain.transactional.TransactionalMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Transactional messages with their state, one per org and idempotency key. */
public interface TransactionalMessages {
    /**
     * Stores a new message, unless the org already has one under its idempotency key (two requests racing included):
     * then nothing is stored and that one is answered, as it is now.
     */
    Optional<TransactionalMessage> insertUnlessKeyTaken(TransactionalMessage message);

    Optional<TransactionalMessage> find(OrgId orgId, MessageId id);

    Optional<TransactionalMessage> findByKey(OrgId orgId, String idempotencyKey);

    /**
     * Writes the message's new state (status, route, attempts, times); a message already DELIVERED stays so (its
     * delivery event may come before the sender stores LINE's answer).
     */
    void save(TransactionalMessage message);

    /**
     * Marks the org's notification message whose delivery tag is {@code deliveryTag} DELIVERED, if it was SENT or
     * UNCONFIRMED: its ID, or empty when no such message waited for it.
     */
    Optional<MessageId> markDelivered(OrgId orgId, String deliveryTag, Instant at);

    /**
     * QUEUED messages whose next attempt is due and that nobody holds (or whose holder stopped: its hold ran out),
     * oldest due first: now held by the caller until {@code now + hold}.
     */
    List<TransactionalMessage> claimDue(Instant now, Duration hold, int max);

    /** A customer's messages, newest first. */
    Page<TransactionalMessage> ofCustomer(OrgId orgId, CustomerId customerId, PageRequest page);
}
