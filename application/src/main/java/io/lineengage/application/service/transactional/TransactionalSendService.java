package io.lineengage.application.service.transactional;

import io.lineengage.application.port.in.transactional.MessageReceipt;
import io.lineengage.application.port.in.transactional.ReadMessageUseCase;
import io.lineengage.application.port.in.transactional.SendMessageCommand;
import io.lineengage.application.port.in.transactional.SendMessageUseCase;
import io.lineengage.application.port.out.transactional.TransactionalMessages;
import io.lineengage.domain.error.NotFoundException;
import io.lineengage.domain.error.UnprocessableException;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.transactional.MessageId;
import io.lineengage.domain.transactional.MessageRequest;
import io.lineengage.domain.transactional.TransactionalMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Transactional sends. The message is stored (QUEUED, held, its route and retry key) before LINE is called, under a
 * key unique per org, so two requests with one key store one message and the second answers what the first did. The
 * request waits a few seconds at most: the tries run on {@code senders} and go on after the answer if LINE is slow;
 * what is still not sent then is left to the background with its retry key ({@link QueuedMessageService}).
 */
public final class TransactionalSendService implements SendMessageUseCase, ReadMessageUseCase {
    private final TransactionalMessages messages;
    private final MessageRouting routing;
    private final MessageDelivery delivery;
    private final Executor senders;
    private final Patience patience;
    private final Clock clock;

    public TransactionalSendService(
            TransactionalMessages messages,
            MessageRouting routing,
            MessageDelivery delivery,
            Executor senders,
            Patience patience,
            Clock clock) {
        this.messages = messages;
        this.routing = routing;
        this.delivery = delivery;
        this.senders = senders;
        this.patience = patience;
        this.clock = clock;
    }

    @Override
    public MessageReceipt send(SendMessageCommand command) {
        OrgId orgId = command.orgId();
        Optional<TransactionalMessage> earlier = messages.findByKey(orgId, command.idempotencyKey());
        if (earlier.isPresent()) {
            return replay(earlier.get(), command.request());
        }
        Instant now = clock.instant();
        MessageId id = MessageId.generate();
        MessageRouting.Routing routed = routing.route(orgId, id, command.request(), Set.of(), now);
        TransactionalMessage message;
        if (routed instanceof MessageRouting.Routing.Routed route) {
            // Kept before the message: should another request with the key win the race, they merely lie unused.
            routing.keep(route.links());
            message = TransactionalMessage.queued(
                    id,
                    orgId,
                    command.idempotencyKey(),
                    command.request(),
                    route.route(),
                    now,
                    now.plus(patience.hold()));
        } else {
            message = TransactionalMessage.skipped(
                    orgId,
                    command.idempotencyKey(),
                    command.request(),
                    ((MessageRouting.Routing.NotRouted) routed).reason(),
                    now);
        }
        Optional<TransactionalMessage> raced = messages.insertUnlessKeyTaken(message);
        if (raced.isPresent()) {
            return replay(raced.get(), command.request());
        }
        if (!message.inFlightAt(now)) {
            return MessageReceipt.of(message);
        }
        return MessageReceipt.of(deliverWhileTheRequestWaits(message));
    }

    @Override
    public MessageReceipt get(OrgId orgId, MessageId id) {
        return MessageReceipt.of(
                messages.find(orgId, id).orElseThrow(() -> new NotFoundException("message", id.value())));
    }

    private TransactionalMessage deliverWhileTheRequestWaits(TransactionalMessage message) {
        CompletableFuture<TransactionalMessage> tries =
                CompletableFuture.supplyAsync(() -> tryInRequest(message), senders);
        try {
            return tries.get(patience.answerWithin().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // LINE is slow to answer: the tries go on and store the outcome; the sender polls or asks again.
            return messages.find(message.orgId(), message.id()).orElse(message);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return messages.find(message.orgId(), message.id()).orElse(message);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /**
     * Tries with doubling pauses while the request may still wait; still not sent then, the message waits for the
     * background, hold released. No new try starts after {@code answerWithin}, so the tries end well inside the hold
     * (one LINE call at most after it), and the background never races them.
     */
    private TransactionalMessage tryInRequest(TransactionalMessage message) {
        Instant until = message.inFlightUntil().orElseThrow();
        long stopTrying = System.nanoTime() + patience.answerWithin().toNanos();
        TransactionalMessage current = message;
        Duration pause = patience.firstPause();
        for (int tried = 1; ; tried++) {
            MessageDelivery.Attempt attempt = delivery.attempt(current);
            if (attempt.retryBecause().isEmpty()) {
                return attempt.message();
            }
            String why = attempt.retryBecause().get();
            Instant now = clock.instant();
            if (tried >= patience.triesInRequest() || System.nanoTime() + pause.toNanos() > stopTrying) {
                TransactionalMessage later = patience.later(attempt.message(), why, now);
                messages.save(later);
                return later;
            }
            current = attempt.message().retryAt(now.plus(pause), why, now).heldUntil(until);
            messages.save(current);
            sleep(pause);
            pause = pause.multipliedBy(2);
        }
    }

    /** The same key again: the same request gets the first one's answer, once it has one; another request is refused. */
    private MessageReceipt replay(TransactionalMessage first, MessageRequest request) {
        if (!first.request().equals(request)) {
            throw new UnprocessableException(
                    "idempotencyKey",
                    "was already used for a different message (" + first.id() + "); a new message needs a new key");
        }
        TransactionalMessage current = first;
        long deadline = System.nanoTime() + patience.replayWait().toNanos();
        while (current.inFlightAt(clock.instant()) && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(20));
            current = messages.find(first.orgId(), first.id()).orElse(current);
        }
        return MessageReceipt.of(current);
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to try LINE again", e);
        }
    }
}
