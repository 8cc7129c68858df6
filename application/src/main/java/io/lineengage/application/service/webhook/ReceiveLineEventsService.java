package io.lineengage.application.service.webhook;

import io.lineengage.application.port.in.webhook.ReceiveLineEventsUseCase;
import io.lineengage.application.port.out.webhook.EventProcessingSignal;
import io.lineengage.application.port.out.webhook.LineEventLog;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.webhook.LineEvent;
import java.time.Clock;
import java.util.List;

public final class ReceiveLineEventsService implements ReceiveLineEventsUseCase {
    private final LineEventLog log;
    private final EventProcessingSignal signal;
    private final Clock clock;

    public ReceiveLineEventsService(LineEventLog log, EventProcessingSignal signal, Clock clock) {
        this.log = log;
        this.signal = signal;
        this.clock = clock;
    }

    @Override
    public int receive(OrgId orgId, LineAccountId accountId, List<LineEvent> events) {
        if (events.isEmpty()) {
            return 0;
        }
        int stored = log.storeNew(orgId, accountId, events, clock.instant()).size();
        if (stored > 0) {
            signal.eventsStored();
        }
        return stored;
    }
}
