package io.lineengage.application.port.in.webhook;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.webhook.LineEvent;
import java.util.List;

public interface ReceiveLineEventsUseCase {
    /**
     * Stores a verified delivery's events durably (each once) and answers how many were new. Processing happens
     * after the answer; it is never lost, because only stored events are acknowledged and stored ones are processed.
     */
    int receive(OrgId orgId, LineAccountId accountId, List<LineEvent> events);
}
