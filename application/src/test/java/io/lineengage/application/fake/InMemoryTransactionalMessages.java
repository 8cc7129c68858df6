package io.lineengage.application.fake;

import io.lineengage.application.port.out.transactional.TransactionalMessages;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import io.lineengage.domain.transactional.MessageId;
import io.lineengage.domain.transactional.MessageRoute;
import io.lineengage.domain.transactional.MessageStatus;
import io.lineengage.domain.transactional.TransactionalMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Transactional messages in memory, one per org and idempotency key. */
public final class InMemoryTransactionalMessages implements TransactionalMessages {
    private final Map<MessageId, TransactionalMessage> messages = new LinkedHashMap<>();

    @Override
    public synchronized Optional<TransactionalMessage> insertUnlessKeyTaken(TransactionalMessage message) {
        Optional<TransactionalMessage> taken = findByKey(message.orgId(), message.idempotencyKey());
        if (taken.isEmpty()) {
            messages.put(message.id(), message);
        }
        return taken;
    }

    @Override
    public synchronized Optional<TransactionalMessage> find(OrgId orgId, MessageId id) {
        return Optional.ofNullable(messages.get(id))
                .filter(message -> message.orgId().equals(orgId));
    }

    @Override
    public synchronized Optional<TransactionalMessage> findByKey(OrgId orgId, String idempotencyKey) {
        return messages.values().stream()
                .filter(message -> message.orgId().equals(orgId)
                        && message.idempotencyKey().equals(idempotencyKey))
                .findFirst();
    }

    @Override
    public synchronized void save(TransactionalMessage message) {
        messages.computeIfPresent(
                message.id(), (id, stored) -> stored.status() == MessageStatus.DELIVERED ? stored : message);
    }

    @Override
    public synchronized Optional<MessageId> markDelivered(OrgId orgId, String deliveryTag, Instant at) {
        TransactionalMessage message = messages.get(new MessageId(deliveryTag));
        if (message == null
                || !message.orgId().equals(orgId)
                || !message.route().map(MessageRoute::byPhone).orElse(false)
                || !(message.status() == MessageStatus.SENT || message.status() == MessageStatus.UNCONFIRMED)) {
            return Optional.empty();
        }
        messages.put(
                message.id(),
                new TransactionalMessage(
                        message.id(),
                        message.orgId(),
                        message.idempotencyKey(),
                        message.request(),
                        MessageStatus.DELIVERED,
                        message.reason(),
                        message.route(),
                        message.lineRequestId(),
                        message.failedGateways(),
                        message.attempts(),
                        message.inFlightUntil(),
                        message.nextAttemptAt(),
                        message.createdAt(),
                        at));
        return Optional.of(message.id());
    }

    @Override
    public synchronized List<TransactionalMessage> claimDue(Instant now, Duration hold, int max) {
        List<TransactionalMessage> claimed = new ArrayList<>();
        messages.values().stream()
                .filter(message -> message.status() == MessageStatus.QUEUED
                        && message.nextAttemptAt().map(at -> !at.isAfter(now)).orElse(false)
                        && !message.inFlightAt(now))
                .sorted(Comparator.comparing(message -> message.nextAttemptAt().orElseThrow()))
                .limit(max)
                .toList()
                .forEach(message -> {
                    TransactionalMessage held = message.heldUntil(now.plus(hold));
                    messages.put(message.id(), held);
                    claimed.add(held);
                });
        return claimed;
    }

    @Override
    public synchronized Page<TransactionalMessage> ofCustomer(OrgId orgId, CustomerId customerId, PageRequest page) {
        return NewestFirstInMemory.page(
                messages.values().stream()
                        .filter(message -> message.orgId().equals(orgId)
                                && message.request().customerId().equals(customerId))
                        .toList(),
                TransactionalMessage::createdAt,
                message -> message.id().value(),
                page);
    }
}
