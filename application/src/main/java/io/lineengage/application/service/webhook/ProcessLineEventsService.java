package io.lineengage.application.service.webhook;

import io.lineengage.application.port.in.webhook.ProcessLineEventsUseCase;
import io.lineengage.application.port.out.StorageUnavailableException;
import io.lineengage.application.port.out.UnitOfWork;
import io.lineengage.application.port.out.subscription.SubscriptionStore;
import io.lineengage.application.port.out.webhook.InteractionLog;
import io.lineengage.application.port.out.webhook.LineEventLog;
import io.lineengage.application.port.out.webhook.PendingEvent;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.interaction.Interaction;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.subscription.StatusEvidence;
import io.lineengage.domain.subscription.Subscription;
import io.lineengage.domain.subscription.SubscriptionStatus;
import io.lineengage.domain.webhook.EventEnvelope;
import io.lineengage.domain.webhook.EventMode;
import io.lineengage.domain.webhook.LineEvent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns stored webhook events into state: follows and unfollows into subscription status, messages, postbacks and
 * account links into interactions. A batch is handled as a set (one lock, one write per kind) so that processing
 * keeps up with intake; each event is processed once, and one that cannot be processed is marked failed with the
 * reason instead of blocking the ones behind it.
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

    /** The events of one account within a batch, and what processing them yields. */
    private final class AccountBatch {
        final OrgId orgId;
        final LineAccountId accountId;
        final List<PendingEvent> events = new ArrayList<>();
        final List<SubscriptionStore.Recorded> changes = new ArrayList<>();
        Map<String, Subscription> current;

        AccountBatch(OrgId orgId, LineAccountId accountId) {
            this.orgId = orgId;
            this.accountId = accountId;
        }
    }

    private int processBatch(int max) {
        List<PendingEvent> batch = log.claimPending(max);
        if (batch.isEmpty()) {
            return 0;
        }
        Map<String, AccountBatch> byAccount = new LinkedHashMap<>();
        for (PendingEvent pending : batch) {
            byAccount.computeIfAbsent(pending.orgId().value() + "|" + pending.accountId().value(),
                    key -> new AccountBatch(pending.orgId(), pending.accountId())).events.add(pending);
        }
        List<Interaction> newInteractions = new ArrayList<>();
        List<LineEventLog.Processed> processed = new ArrayList<>(batch.size());
        for (AccountBatch account : byAccount.values()) {
            TreeSet<String> users = new TreeSet<>();
            for (PendingEvent pending : account.events) {
                if (changesStatus(pending.event())) {
                    users.add(pending.event().envelope().lineUserId().orElseThrow());
                }
            }
            account.current = users.isEmpty() ? new LinkedHashMap<>()
                    : new LinkedHashMap<>(subscriptions.lockForUpdate(account.orgId, account.accountId, users));
            for (PendingEvent pending : account.events) {
                String outcome = handle(account, pending, newInteractions);
                processed.add(new LineEventLog.Processed(pending.accountId(),
                        pending.event().envelope().webhookEventId(), outcome));
            }
            if (!account.changes.isEmpty()) {
                subscriptions.record(account.orgId, account.accountId, account.changes, clock.instant());
            }
        }
        if (!newInteractions.isEmpty()) {
            interactions.record(newInteractions);
        }
        log.markProcessed(processed, clock.instant());
        return batch.size();
    }

    private static boolean changesStatus(LineEvent event) {
        return (event instanceof LineEvent.Follow || event instanceof LineEvent.Unfollow)
                && event.envelope().mode() == EventMode.ACTIVE && event.envelope().lineUserId().isPresent();
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
                log.markProcessed(poisoned.stream().map(pending -> new LineEventLog.Processed(pending.accountId(),
                        pending.event().envelope().webhookEventId(), "failed: " + e)).toList(), clock.instant());
                return !poisoned.isEmpty();
            });
        }
    }

    private String handle(AccountBatch account, PendingEvent pending, List<Interaction> newInteractions) {
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
            return applyStatus(account, envelope, userId, SubscriptionStatus.FOLLOWING);
        } else if (event instanceof LineEvent.Unfollow) {
            return applyStatus(account, envelope, userId, SubscriptionStatus.BLOCKED);
        }
        Interaction.Kind kind;
        String content;
        if (event instanceof LineEvent.MessageReceived message) {
            kind = Interaction.Kind.MESSAGE;
            content = message.text().orElse("[" + message.messageType() + "]");
        } else if (event instanceof LineEvent.Postback postback) {
            kind = Interaction.Kind.POSTBACK;
            content = postback.data();
        } else if (event instanceof LineEvent.AccountLinked link) {
            kind = Interaction.Kind.ACCOUNT_LINK;
            content = link.result() + " nonce=" + link.nonce();
        } else {
            return "kept in the event log";
        }
        newInteractions.add(new Interaction(pending.orgId(), pending.accountId(), userId, envelope.webhookEventId(),
                kind, content, envelope.occurredAt()));
        return "interaction " + kind;
    }

    private String applyStatus(AccountBatch account, EventEnvelope envelope, String userId, SubscriptionStatus status) {
        StatusEvidence evidence = new StatusEvidence(status, envelope.occurredAt(), envelope.webhookEventId(),
                StatusEvidence.Source.WEBHOOK);
        Subscription.Change change = account.current.getOrDefault(userId, Subscription.UNKNOWN).apply(evidence);
        account.current.put(userId, change.after());
        if (change instanceof Subscription.Change.Applied applied) {
            account.changes.add(new SubscriptionStore.Recorded(userId, applied));
            return "status " + status + (applied.statusChanged() ? "" : " (unchanged)");
        }
        return "ignored: " + ((Subscription.Change.Ignored) change).reason();
    }
}
