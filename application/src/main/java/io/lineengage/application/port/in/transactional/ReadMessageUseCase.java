package io.lineengage.application.port.in.transactional;

import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.transactional.MessageId;

/** What became of a transactional message. */
public interface ReadMessageUseCase {
    MessageReceipt get(OrgId orgId, MessageId id);
}
