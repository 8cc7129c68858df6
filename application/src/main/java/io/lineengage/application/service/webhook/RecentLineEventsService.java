package io.lineengage.application.service.webhook;

import io.lineengage.application.port.in.webhook.RecentLineEventsUseCase;
import io.lineengage.application.port.out.webhook.LineEventLog;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.webhook.LineEvent;
import java.util.List;
import java.util.Optional;

/** Reads the org's latest webhook events from the event log, each with what it said in a few words. */
public final class RecentLineEventsService implements RecentLineEventsUseCase {
    private final LineEventLog log;

    public RecentLineEventsService(LineEventLog log) {
        this.log = log;
    }

    @Override
    public List<RecentEvent> recent(OrgId orgId, int limit) {
        if (limit < 1 || limit > MAX) {
            throw ValidationException.of("limit", "must be 1 to " + MAX);
        }
        return log.recent(orgId, limit).stream()
                .map(received -> {
                    LineEvent event = received.event().event();
                    return new RecentEvent(
                            received.event().accountId(),
                            event.envelope().type(),
                            event.envelope().lineUserId(),
                            content(event),
                            event.envelope().occurredAt(),
                            received.receivedAt());
                })
                .toList();
    }

    private static Optional<String> content(LineEvent event) {
        if (event instanceof LineEvent.MessageReceived message) {
            return Optional.of(message.text().orElse("[" + message.messageType() + "]"));
        }
        if (event instanceof LineEvent.Postback postback) {
            return Optional.of(postback.data());
        }
        if (event instanceof LineEvent.NotificationDelivered delivered) {
            return Optional.of(delivered.deliveryTag());
        }
        if (event instanceof LineEvent.Follow follow && follow.unblocked()) {
            return Optional.of("unblocked");
        }
        return Optional.empty();
    }
}
