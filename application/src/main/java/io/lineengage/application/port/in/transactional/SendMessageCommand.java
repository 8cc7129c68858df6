package io.lineengage.application.port.in.transactional;

import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.transactional.MessageRequest;
import io.lineengage.domain.transactional.TransactionalMessage;
import java.util.Objects;

/** One transactional message to send now, under a key of the sender's that makes repeating the request safe. */
public record SendMessageCommand(OrgId orgId, String idempotencyKey, MessageRequest request) {
    public SendMessageCommand {
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(request, "request");
        TransactionalMessage.checkKey(idempotencyKey);
    }
}
