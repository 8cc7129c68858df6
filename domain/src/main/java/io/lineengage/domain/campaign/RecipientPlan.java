package io.lineengage.domain.campaign;

import io.lineengage.domain.gateway.Gateway;
import io.lineengage.domain.json.JsonLike;
import java.util.Optional;

/** What launch decides for one audience member: a gateway and LINE user to send to, or a reason to skip them. */
public sealed interface RecipientPlan {
    /** Queued through {@code gateway} to {@code lineUserId}; {@code messages} when the template is personalized. */
    record Queued(Gateway gateway, String lineUserId, Optional<JsonLike> messages) implements RecipientPlan {}

    record Skipped(SkipReason reason, String detail) implements RecipientPlan {}
}
