package io.lineengage.application.service.webhook;

import io.lineengage.application.port.in.webhook.ProcessLineEventsUseCase;
import io.lineengage.application.port.out.StorageUnavailableException;
import io.lineengage.application.port.out.UnitOfWork;
import io.lineengage.application.port.out.subscription.SubscriptionStore;
import io.lineengage.application.port.out.webhook.InteractionLog;
import io.lineengage.application.port.out.webhook.LineEventLog;
import io.lineengage.application.port.out.webhook.PendingEvent;
import io.lineengage.domain.interaction.Interaction;
import io.lineengage.domain.subscription.StatusEvidence;
import io.lineengage.domain.subscription.Subscription;
import io.lineengage.domain.subscription.SubscriptionStatus;
import io.lineengage.domain.webhook.EventEnvelope;
import io.lineengage.domain.webhook.EventMode;
import io.lineengage.domain.webhook.LineEvent;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns stored webhook events into state: follows and unfollows into subscription status, messages, postbacks and
 * account links into interactions. Each event is processed once; one that cannot be processed is marked failed
 * (with the reason) instead of blocking the ones behind it.
 */
public final class ProcessLineEventsService implements ProcessLineEventsUseCase {
    private static final Logger LOG = Logger.getLogger(ProcessLineEventsService.class.getName());

    private final LineEventLog log;
    private final SubscriptionStore subscriptions;
    private final InteractionLog interactions;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ProcessLineEventsService(LineEventLog log, SubscriptionStore subscriptions, InteractionLog interactions,
                                    UnitOfWork unitOfWork, Clock clock) {
        this.log = log;
        this.subscriptions = subscriptions;
        this.interactions = interactions;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public int processPending(int max) {
        try {
            return unitOfWork.inTransaction(() -> processBatch(max));
        } catch (StorageUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            // One event spoiled the batch: go one by one, so that only that event is marked failed.
            LOG.log(Level.WARNING, "a batch of LINE events failed; processing one at a time", e);
            int processed = 0;
            for (int i = 0; i < max && processOneOrMarkFailed(); i++) {
                processed++;
            }
            return processed;
        }
    }

    private int processBatch(int max) {
        List<PendingEvent> batch = log.claimPending(max);
        for (PendingEvent pending : batch) {
            String outcome = handle(pending);
            log.markProcessed(pending.accountId(), pending.event().envelope().webhookEventId(), outcome, clock.instant());
        }
        return batch.size();
    }

    /** Processes the oldest pending event alone; answers false when there was none. */
    private boolean processOneOrMarkFailed() {
        try {
            return unitOfWork.inTransaction(() -> processBatch(1)) > 0;
        } catch (StorageUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            return unitOfWork.inTransaction(() -> {
                List<PendingEvent> poisoned = log.claimPending(1);
                poisoned.forEach(pending -> log.markProcessed(pending.accountId(),
                        pending.event().envelope().webhookEventId(), "failed: " + e, clock.instant()));
                return !poisoned.isEmpty();
            });
        }
    }

    private String handle(PendingEvent pending) {
        EventEnvelope envelope = pending.event().envelope();
        if (envelope.mode() == EventMode.STANDBY) {
            return "standby: recorded only";
        }
        if (envelope.lineUserId().isEmpty()) {
            return "no user in the event's source: recorded only";
        }
        String userId = envelope.lineUserId().get();
        LineEvent event = pending.event();
        if (event instanceof LineEvent.Follow) {
            return applyStatus(pending, userId, SubscriptionStatus.FOLLOWING);
        } else if (event instanceof LineEvent.Unfollow) {
            return applyStatus(pending, userId, SubscriptionStatus.BLOCKED);
        } else if (event instanceof LineEvent.MessageReceived message) {
            return interaction(pending, userId, Interaction.Kind.MESSAGE,
                    message.text().orElse("[" + message.messageType() + "]"));
        } else if (event instanceof LineEvent.Postback postback) {
            return interaction(pending, userId, Interaction.Kind.POSTBACK, postback.data());
        } else if (event instanceof LineEvent.AccountLinked link) {
            return interaction(pending, userId, Interaction.Kind.ACCOUNT_LINK, link.result() + " nonce=" + link.nonce());
        }
        return "kept in the event log";
    }

    private String applyStatus(PendingEvent pending, String userId, SubscriptionStatus status) {
        EventEnvelope envelope = pending.event().envelope();
        StatusEvidence evidence = new StatusEvidence(status, envelope.occurredAt(), envelope.webhookEventId(),
                StatusEvidence.Source.WEBHOOK);
        Subscription current = subscriptions.lockForUpdate(pending.orgId(), pending.accountId(), userId);
        Subscription.Change change = current.apply(evidence);
        if (change instanceof Subscription.Change.Applied applied) {
            subscriptions.record(pending.orgId(), pending.accountId(), userId, applied, clock.instant());
            return "status " + status + (applied.statusChanged() ? "" : " (unchanged)");
        }
        return "ignored: " + ((Subscription.Change.Ignored) change).reason();
    }

    private String interaction(PendingEvent pending, String userId, Interaction.Kind kind, String content) {
        EventEnvelope envelope = pending.event().envelope();
        interactions.record(new Interaction(pending.orgId(), pending.accountId(), userId, envelope.webhookEventId(),
                kind, content, envelope.occurredAt()));
        return "interaction " + kind;
    }
}
