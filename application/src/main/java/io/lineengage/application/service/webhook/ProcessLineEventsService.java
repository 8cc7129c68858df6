package io.lineengage.application.service.webhook;

import io.lineengage.application.port.StorageUnavailableException;
import io.lineengage.application.port.in.webhook.ProcessLineEventsUseCase;
import io.lineengage.application.port.out.UnitOfWork;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.subscription.SubscriptionStore;
import io.lineengage.application.port.out.transactional.TransactionalMessages;
import io.lineengage.application.port.out.webhook.InteractionLog;
import io.lineengage.application.port.out.webhook.LineEventLog;
import io.lineengage.application.port.out.webhook.PendingEvent;
import io.lineengage.application.service.customer.LineUserProfiles;
import io.lineengage.application.service.subscription.StatusUpdates;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns stored webhook events into state: follows and unfollows into subscription status, messages, postbacks and
 * account links into interactions, notification messages' delivery events into DELIVERED messages, and gives
 * followers nobody linked yet a LINE-only profile. A batch is handled as a set (one lock, one write per kind) so that processing
 * keeps up with intake; each event is processed once, and one that cannot be processed is marked failed with the
 * reason instead of blocking the ones behind it.
 */
public final class ProcessLineEventsService implements ProcessLineEventsUseCase {
    private static final Logger LOG = Logger.getLogger(ProcessLineEventsService.class.getName());

    private final LineEventLog log;
    private final StatusUpdates statusUpdates;
    private final InteractionLog interactions;
    private final LineAccountRepository accounts;
    private final LineUserProfiles profiles;
    private final TransactionalMessages messages;
    private final EventReactions reactions;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ProcessLineEventsService(
            LineEventLog log,
            SubscriptionStore subscriptions,
            InteractionLog interactions,
            LineAccountRepository accounts,
            LineUserProfiles profiles,
            TransactionalMessages messages,
            EventReactions reactions,
            UnitOfWork unitOfWork,
            Clock clock) {
        this.log = log;
        this.statusUpdates = new StatusUpdates(subscriptions);
        this.interactions = interactions;
        this.accounts = accounts;
        this.profiles = profiles;
        this.messages = messages;
        this.reactions = reactions;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public int processPending(int max) {
        try {
            int processed = unitOfWork.inTransaction(() -> processBatch(max));
            reactions.committed();
            return processed;
        } catch (StorageUnavailableException e) {
            reactions.discarded();
            throw e;
        } catch (RuntimeException e) {
            reactions.discarded();
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
        if (batch.isEmpty()) {
            return 0;
        }
        Map<String, List<PendingEvent>> byAccount = new LinkedHashMap<>();
        for (PendingEvent pending : batch) {
            byAccount
                    .computeIfAbsent(
                            pending.orgId().value() + "|" + pending.accountId().value(), key -> new ArrayList<>())
                    .add(pending);
        }
        Instant now = clock.instant();
        List<Interaction> newInteractions = new ArrayList<>();
        List<LineEventLog.Processed> processed = new ArrayList<>(batch.size());
        for (List<PendingEvent> events : byAccount.values()) {
            OrgId orgId = events.get(0).orgId();
            LineAccountId accountId = events.get(0).accountId();
            List<StatusUpdates.Update> updates = new ArrayList<>();
            List<String> followers = new ArrayList<>();
            for (PendingEvent pending : events) {
                statusOf(pending.event()).ifPresent(status -> {
                    EventEnvelope envelope = pending.event().envelope();
                    String user = envelope.lineUserId().orElseThrow();
                    updates.add(new StatusUpdates.Update(
                            user,
                            new StatusEvidence(
                                    status,
                                    envelope.occurredAt(),
                                    envelope.webhookEventId(),
                                    StatusEvidence.Source.WEBHOOK)));
                    if (status == SubscriptionStatus.FOLLOWING) {
                        followers.add(user);
                    }
                });
            }
            Iterator<Subscription.Change> changes =
                    statusUpdates.apply(orgId, accountId, updates, now).iterator();
            Optional<String> provider = accounts.findForWebhook(accountId).map(account -> account.providerName());
            if (!followers.isEmpty()) {
                provider.ifPresent(name -> profiles.ensureCustomers(orgId, name, followers, now));
            }
            // After the profiles: a follow's journey finds the follower's (possibly LINE-only) customer.
            provider.ifPresent(name -> reactions.processed(
                    orgId,
                    accountId,
                    name,
                    events.stream().map(PendingEvent::event).toList(),
                    now));
            for (PendingEvent pending : events) {
                String outcome = statusOf(pending.event()).isPresent()
                        ? describe(changes.next())
                        : handle(pending, newInteractions);
                processed.add(new LineEventLog.Processed(
                        pending.accountId(), pending.event().envelope().webhookEventId(), outcome));
            }
        }
        if (!newInteractions.isEmpty()) {
            interactions.record(newInteractions);
        }
        log.markProcessed(processed, now);
        return batch.size();
    }

    /** The status a follow or unfollow sets; empty for every other event, and for those that must not count. */
    private static Optional<SubscriptionStatus> statusOf(LineEvent event) {
        boolean counts = event.envelope().mode() == EventMode.ACTIVE
                && event.envelope().lineUserId().isPresent();
        if (counts && event instanceof LineEvent.Follow) {
            return Optional.of(SubscriptionStatus.FOLLOWING);
        }
        if (counts && event instanceof LineEvent.Unfollow) {
            return Optional.of(SubscriptionStatus.BLOCKED);
        }
        return Optional.empty();
    }

    private static String describe(Subscription.Change change) {
        if (change instanceof Subscription.Change.Applied applied) {
            return "status " + applied.after().status() + (applied.statusChanged() ? "" : " (unchanged)");
        }
        return "ignored: " + ((Subscription.Change.Ignored) change).reason();
    }

    /** Processes the oldest pending event alone; answers false when there was none. */
    private boolean processOneOrMarkFailed() {
        try {
            boolean processed = unitOfWork.inTransaction(() -> processBatch(1)) > 0;
            reactions.committed();
            return processed;
        } catch (StorageUnavailableException e) {
            reactions.discarded();
            throw e;
        } catch (RuntimeException e) {
            reactions.discarded();
            return unitOfWork.inTransaction(() -> {
                List<PendingEvent> poisoned = log.claimPending(1);
                log.markProcessed(
                        poisoned.stream()
                                .map(pending -> new LineEventLog.Processed(
                                        pending.accountId(),
                                        pending.event().envelope().webhookEventId(),
                                        "failed: " + e))
                                .toList(),
                        clock.instant());
                return !poisoned.isEmpty();
            });
        }
    }

    private String handle(PendingEvent pending, List<Interaction> newInteractions) {
        EventEnvelope envelope = pending.event().envelope();
        if (pending.event() instanceof LineEvent.NotificationDelivered delivered) {
            // The tag is one we sent, whatever the channel's mode: the message reached its user.
            return messages.markDelivered(pending.orgId(), delivered.deliveryTag(), envelope.occurredAt())
                    .map(id -> "message " + id + " DELIVERED")
                    .orElse("no notification message of this org awaits delivery tag " + delivered.deliveryTag());
        }
        if (envelope.mode() == EventMode.STANDBY) {
            return "standby: recorded only";
        }
        if (envelope.lineUserId().isEmpty()) {
            return "no user in the event's source: recorded only";
        }
        LineEvent event = pending.event();
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
        newInteractions.add(new Interaction(
                pending.orgId(),
                pending.accountId(),
                envelope.lineUserId().get(),
                envelope.webhookEventId(),
                kind,
                content,
                envelope.occurredAt()));
        return "interaction " + kind;
    }
}
