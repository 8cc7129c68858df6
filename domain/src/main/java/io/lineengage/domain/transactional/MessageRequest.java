package io.lineengage.domain.transactional;

import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.error.FieldErrors;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.template.TemplateId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a sender asked for: one customer, a template or messages of its own, and optionally the gateways to use. Two
 * requests under one idempotency key must be equal to be the same send.
 */
public record MessageRequest(
        CustomerId customerId,
        Optional<TemplateId> templateId,
        Optional<JsonLike> messages,
        List<GatewayId> gatewayIds) {
    public MessageRequest {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(messages, "messages");
        gatewayIds = List.copyOf(gatewayIds);
        FieldErrors errors = new FieldErrors();
        if (templateId.isPresent() == messages.isPresent()) {
            errors.add("templateId", "give either templateId or messages");
        }
        errors.throwIfAny();
    }
}
