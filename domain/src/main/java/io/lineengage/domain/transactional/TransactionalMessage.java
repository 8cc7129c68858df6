package io.lineengage.domain.transactional;

import io.lineengage.domain.error.FieldErrors;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.text.StoredText;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One transactional message and what became of it. While QUEUED it is either being sent ({@code inFlightUntil} in the
 * future: a request or a worker holds it) or waiting for {@code nextAttemptAt}; {@code failedGateways} are the
 * gateways it already failed over from, never chosen again for it.
 */
public record TransactionalMessage(
        MessageId id,
        OrgId orgId,
        String idempotencyKey,
        MessageRequest request,
        MessageStatus status,
        Optional<String> reason,
        Optional<MessageRoute> route,
        Optional<String> lineRequestId,
        List<GatewayId> failedGateways,
        int attempts,
        Optional<Instant> inFlightUntil,
        Optional<Instant> nextAttemptAt,
        Instant createdAt,
        Instant updatedAt) {
    public static final int KEY_MAX_LENGTH = 255;
    /** LINE keeps a retry key 24 hours: past this age a message that never got an answer is given up, not resent. */
    public static final Duration GIVE_UP_AFTER = Duration.ofHours(23);

    public TransactionalMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(lineRequestId, "lineRequestId");
        failedGateways = List.copyOf(failedGateways);
        Objects.requireNonNull(inFlightUntil, "inFlightUntil");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        checkKey(idempotencyKey);
    }

    /** An idempotency key: 1 to 255 characters of storable text. */
    public static void checkKey(String key) {
        FieldErrors errors = new FieldErrors().requireText(key, "idempotencyKey", KEY_MAX_LENGTH);
        StoredText.fault(key == null ? "" : key).ifPresent(fault -> errors.add("idempotencyKey", fault));
        errors.throwIfAny();
    }

    /** A message to send on {@code route}, held by its sender until {@code inFlightUntil}. */
    public static TransactionalMessage queued(
            OrgId orgId, String key, MessageRequest request, MessageRoute route, Instant now, Instant inFlightUntil) {
        return queued(MessageId.generate(), orgId, key, request, route, now, inFlightUntil);
    }

    /** As above, under an ID chosen before (the route's tracked links name it). */
    public static TransactionalMessage queued(
            MessageId id,
            OrgId orgId,
            String key,
            MessageRequest request,
            MessageRoute route,
            Instant now,
            Instant inFlightUntil) {
        return new TransactionalMessage(
                id,
                orgId,
                key,
                request,
                MessageStatus.QUEUED,
                Optional.empty(),
                Optional.of(route),
                Optional.empty(),
                List.of(),
                0,
                Optional.of(inFlightUntil),
                Optional.of(now),
                now,
                now);
    }

    /** A message that is not sent, for {@code reason} (a skip reason's code). */
    public static TransactionalMessage skipped(
            OrgId orgId, String key, MessageRequest request, String reason, Instant now) {
        return new TransactionalMessage(
                MessageId.generate(),
                orgId,
                key,
                request,
                MessageStatus.SKIPPED,
                Optional.of(reason),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                0,
                Optional.empty(),
                Optional.empty(),
                now,
                now);
    }

    public TransactionalMessage sent(String lineRequestId, Instant now) {
        return settle(MessageStatus.SENT, Optional.empty(), Optional.of(lineRequestId), now);
    }

    public TransactionalMessage failed(String why, Instant now) {
        return settle(MessageStatus.FAILED, Optional.of(why), Optional.empty(), now);
    }

    /**
     * Handed to LINE without a retry key (a notification message): stored so before the call, so that should the
     * answer never come (a timeout, a crash) nobody sends it again; the answer or the delivery event settles it.
     */
    public TransactionalMessage unconfirmed(String why, Instant now) {
        return settle(MessageStatus.UNCONFIRMED, Optional.of(why), Optional.empty(), now);
    }

    /** The delivery tag of a notification message: its delivery ID, which LINE's delivery event brings back. */
    public String deliveryTag() {
        return id.value();
    }

    private TransactionalMessage settle(
            MessageStatus to, Optional<String> why, Optional<String> requestId, Instant now) {
        return new TransactionalMessage(
                id,
                orgId,
                idempotencyKey,
                request,
                to,
                why,
                route,
                requestId,
                failedGateways,
                attempts + 1,
                Optional.empty(),
                Optional.empty(),
                createdAt,
                now);
    }

    /** Not accepted this time (LINE busy or unreachable): left for a worker to try again at {@code at}. */
    public TransactionalMessage retryAt(Instant at, String why, Instant now) {
        return new TransactionalMessage(
                id,
                orgId,
                idempotencyKey,
                request,
                MessageStatus.QUEUED,
                Optional.of(why),
                route,
                lineRequestId,
                failedGateways,
                attempts + 1,
                Optional.empty(),
                Optional.of(at),
                createdAt,
                now);
    }

    /** The route's gateway cannot send (quota, credentials, disabled): the message goes on {@code next} instead. */
    public TransactionalMessage rerouted(MessageRoute next, String why, Instant now) {
        return new TransactionalMessage(
                id,
                orgId,
                idempotencyKey,
                request,
                status,
                Optional.of(why),
                Optional.of(next),
                lineRequestId,
                withFailed(),
                attempts + 1,
                inFlightUntil,
                nextAttemptAt,
                createdAt,
                now);
    }

    private List<GatewayId> withFailed() {
        return route.map(current -> {
                    List<GatewayId> failed = new ArrayList<>(failedGateways);
                    failed.add(current.gatewayId());
                    return List.copyOf(failed);
                })
                .orElse(failedGateways);
    }

    /** Held by a sender (a request or a worker) until {@code until}: nobody else sends it meanwhile. */
    public TransactionalMessage heldUntil(Instant until) {
        return new TransactionalMessage(
                id,
                orgId,
                idempotencyKey,
                request,
                status,
                reason,
                route,
                lineRequestId,
                failedGateways,
                attempts,
                Optional.of(until),
                nextAttemptAt,
                createdAt,
                updatedAt);
    }

    /** Whether someone is sending it right now (a retry would race them). */
    public boolean inFlightAt(Instant now) {
        return status == MessageStatus.QUEUED
                && inFlightUntil.map(until -> until.isAfter(now)).orElse(false);
    }

    /** Whether it is too old to be tried again under its retry key. */
    public boolean tooOldToRetryAt(Instant now) {
        return !createdAt.plus(GIVE_UP_AFTER).isAfter(now);
    }
}
