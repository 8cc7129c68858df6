package io.lineengage.application.service.transactional;

import io.lineengage.application.port.in.transactional.FinishQueuedMessagesUseCase;
import io.lineengage.application.port.out.transactional.TransactionalMessages;
import io.lineengage.domain.transactional.TransactionalMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Finishes what requests left: messages due for another try, and messages whose sender stopped holding them (a crash
 * in the middle of a call). Each is claimed by one instance and tried again under its stored retry key, so LINE sends
 * it once however often it is tried; one that LINE has not accepted by the time the key expires is given up.
 */
public final class QueuedMessageService implements FinishQueuedMessagesUseCase {
    private static final int ROUND = 20;

    private final TransactionalMessages messages;
    private final MessageDelivery delivery;
    private final Patience patience;
    private final Clock clock;

    public QueuedMessageService(
            TransactionalMessages messages, MessageDelivery delivery, Patience patience, Clock clock) {
        this.messages = messages;
        this.delivery = delivery;
        this.patience = patience;
        this.clock = clock;
    }

    @Override
    public int finishDue() {
        List<TransactionalMessage> due = messages.claimDue(clock.instant(), patience.hold(), ROUND);
        for (TransactionalMessage message : due) {
            Instant now = clock.instant();
            if (message.tooOldToRetryAt(now)) {
                messages.save(message.failed(
                        "LINE did not accept it within " + TransactionalMessage.GIVE_UP_AFTER.toHours()
                                + " hours, while its retry key could still tell"
                                + message.reason()
                                        .map(last -> " (last: " + last + ")")
                                        .orElse(""),
                        now));
                continue;
            }
            MessageDelivery.Attempt attempt = delivery.attempt(message);
            if (attempt.retryBecause().isPresent()) {
                messages.save(
                        patience.later(attempt.message(), attempt.retryBecause().get(), clock.instant()));
            }
        }
        return due.size();
    }
}
