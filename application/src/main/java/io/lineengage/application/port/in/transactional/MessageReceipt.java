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
 * message waits for), LINE's request ID once sent, the gateway it went (or goes) through, and whether it is addressed
 * to a LINE user or (a LINE notification message) to a phone number.
 */
public record MessageReceipt(
        MessageId deliveryId,
        MessageStatus status,
        Optional<String> reason,
        Optional<String> lineRequestId,
        Optional<GatewayId> gatewayId,
        Optional<AddressedBy> addressedBy,
        CustomerId customerId,
        int attempts,
        Instant createdAt,
        Instant updatedAt) {
    /** A push to a LINE user ID, or a LINE notification message to a phone number. */
    public enum AddressedBy {
        LINE_USER_ID,
        PHONE_NUMBER
    }

    public static MessageReceipt of(TransactionalMessage message) {
        return new MessageReceipt(
                message.id(),
                message.status(),
                message.reason(),
                message.lineRequestId(),
                message.route().map(MessageRoute::gatewayId),
                message.route().map(route -> route.byPhone() ? AddressedBy.PHONE_NUMBER : AddressedBy.LINE_USER_ID),
                message.request().customerId(),
                message.attempts(),
                message.createdAt(),
                message.updatedAt());
    }
}
