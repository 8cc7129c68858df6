package io.lineengage.application.port.in.transactional;

import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.transactional.MessageId;
import io.lineengage.domain.transactional.MessageRoute;
import io.lineengage.domain.transactional.MessageStatus;
import io.lineengage.domain.transactional.TransactionalMessage;
import java.time.Instant;
import java.util.Optional;

/**
 * A transactional message as its sender sees it: the status, why (the skip reason, LINE's failure, or what a queued
 * message waits for), LINE's request ID once sent, and the gateway it went (or goes) through.
 */
public record MessageReceipt(
        MessageId deliveryId,
        MessageStatus status,
        Optional<String> reason,
        Optional<String> lineRequestId,
        Optional<GatewayId> gatewayId,
        CustomerId customerId,
        int attempts,
        Instant createdAt,
        Instant updatedAt) {
    public static MessageReceipt of(TransactionalMessage message) {
        return new MessageReceipt(
                message.id(),
                message.status(),
                message.reason(),
                message.lineRequestId(),
                message.route().map(MessageRoute::gatewayId),
                message.request().customerId(),
                message.attempts(),
                message.createdAt(),
                message.updatedAt());
    }
}
