package io.lineengage.domain.campaign;

import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.gateway.GatewayId;
import java.util.Optional;

/** One recipient's line in a campaign's ledger. */
public record Delivery(
        CustomerId customerId,
        Optional<String> lineUserId,
        Optional<GatewayId> gatewayId,
        String status,
        Optional<String> reason,
        Optional<String> lineRequestId,
        Optional<String> error) {}
