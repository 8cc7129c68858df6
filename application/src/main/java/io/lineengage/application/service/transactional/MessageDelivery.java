package io.lineengage.application.service.transactional;

import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.campaign.SendPace;
import io.lineengage.application.port.out.line.LineMessagingPort;
import io.lineengage.application.port.out.line.NotificationMessageSender;
import io.lineengage.application.port.out.line.PushRequest;
import io.lineengage.application.port.out.line.SendOutcome;
import io.lineengage.application.port.out.transactional.TransactionalMessages;
import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.line.LineFailure;
import io.lineengage.domain.message.LineMessage;
import io.lineengage.domain.transactional.MessageRoute;
import io.lineengage.domain.transactional.MessageStatus;
import io.lineengage.domain.transactional.TransactionalMessage;
import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * One try at sending a held, queued transactional message: a push under its stored retry key, with precedence in the
 * channel's pace. Accepted (or accepted before, 409) is SENT; a channel that cannot send (quota, credentials, a
 * disabled account) hands the message to another usable gateway, its new route and retry key stored before that
 * call, or FAILS it when none is left; any other refusal FAILS it with LINE's reason. A retryable failure (429, 5xx,
 * timeout) is left to the caller, who knows how long it may wait.
 *
 * <p>A notification message (by phone number) has no retry key: it is stored UNCONFIRMED before its call, so that a
 * lost answer or a crash never sends it twice; LINE's answer makes it SENT, 422 FAILED {@code not_deliverable_by_phone},
 * a refusal made before LINE acted (a rate limit, no connection) leaves it queued for another try.
 */
public final class MessageDelivery {
    private final TransactionalMessages messages;
    private final MessageRouting routing;
    private final LineAccountRepository accounts;
    private final SendPace pace;
    private final LineMessagingPort line;
    private final Optional<NotificationMessageSender> byPhone;
    private final Clock clock;

    /** Why a notification message failed when LINE answers 422. */
    public static final String NOT_DELIVERABLE_BY_PHONE = "not_deliverable_by_phone";

    public MessageDelivery(
            TransactionalMessages messages,
            MessageRouting routing,
            LineAccountRepository accounts,
            SendPace pace,
            LineMessagingPort line,
            Optional<NotificationMessageSender> byPhone,
            Clock clock) {
        this.messages = messages;
        this.routing = routing;
        this.accounts = accounts;
        this.pace = pace;
        this.line = line;
        this.byPhone = byPhone;
        this.clock = clock;
    }

    /** The message after the try: settled and stored, or still QUEUED with {@code retryBecause} and not stored. */
    record Attempt(TransactionalMessage message, Optional<String> retryBecause) {}

    Attempt attempt(TransactionalMessage held) {
        TransactionalMessage current = held;
        while (current.status() == MessageStatus.QUEUED) {
            MessageRoute route = current.route().orElseThrow();
            Optional<LineAccount> account =
                    accounts.find(current.orgId(), route.accountId()).filter(LineAccount::isActive);
            if (account.isEmpty()) {
                current = rerouteOrFail(current, "LINE account disabled");
                continue;
            }
            if (route.to() instanceof MessageRoute.Addressee.Phone phone) {
                Attempt tried = sendByPhone(current, account.get(), phone);
                if (tried.retryBecause().isPresent()) {
                    return tried;
                }
                current = tried.message();
                continue;
            }
            pace.acquireTransactional(route.accountId());
            SendOutcome outcome = line.push(
                    account.get().credentials(),
                    new PushRequest(
                            ((MessageRoute.Addressee.LineUser) route.to()).userId(),
                            LineMessage.Composed.each(route.messages()),
                            route.notificationDisabled(),
                            Optional.empty(),
                            route.retryKey()));
            if (outcome instanceof SendOutcome.Accepted accepted) {
                current = settle(current.sent(accepted.requestId(), clock.instant()));
            } else if (outcome instanceof SendOutcome.AlreadyAccepted already) {
                current = settle(current.sent(already.acceptedRequestId(), clock.instant()));
            } else {
                LineFailure failure = ((SendOutcome.Failed) outcome).failure();
                if (failure.channelUnusable()) {
                    current = rerouteOrFail(current, failure.describe());
                } else if (failure.retryable()) {
                    return new Attempt(current, Optional.of(failure.describe()));
                } else {
                    current = settle(current.failed(failure.describe(), clock.instant()));
                }
            }
        }
        return new Attempt(current, Optional.empty());
    }

    private Attempt sendByPhone(TransactionalMessage message, LineAccount account, MessageRoute.Addressee.Phone phone) {
        if (byPhone.isEmpty()) {
            return settled(message.failed(
                    "LINE notification messages are not sent in this deployment's market", clock.instant()));
        }
        MessageRoute route = message.route().orElseThrow();
        settle(message.unconfirmed(
                "handed to LINE as a notification message; waiting for its answer", clock.instant()));
        pace.acquireTransactional(route.accountId());
        SendOutcome outcome = byPhone.get()
                .send(
                        account.credentials(),
                        new NotificationMessageSender.PhonePush(
                                phone.e164(),
                                LineMessage.Composed.each(route.messages()),
                                route.notificationDisabled(),
                                message.deliveryTag()));
        if (outcome instanceof SendOutcome.Accepted accepted) {
            return settled(message.sent(accepted.requestId(), clock.instant()));
        }
        if (outcome instanceof SendOutcome.AlreadyAccepted already) {
            return settled(message.sent(already.acceptedRequestId(), clock.instant()));
        }
        LineFailure failure = ((SendOutcome.Failed) outcome).failure();
        if (failure instanceof LineFailure.NotDeliverable) {
            return settled(message.failed(NOT_DELIVERABLE_BY_PHONE, clock.instant()));
        }
        if (failure.channelUnusable()) {
            return new Attempt(rerouteOrFail(message, failure.describe()), Optional.empty());
        }
        if (failure.mayHaveBeenSent()) {
            return settled(message.unconfirmed(
                    failure.describe() + "; not sent again: LINE takes no retry key for notification messages,"
                            + " and its delivery event confirms one that arrived",
                    clock.instant()));
        }
        if (failure.retryable()) {
            messages.save(message); // LINE did not act on it: queued again, for the caller's next try
            return new Attempt(message, Optional.of(failure.describe()));
        }
        return settled(message.failed(failure.describe(), clock.instant()));
    }

    private Attempt settled(TransactionalMessage message) {
        return new Attempt(settle(message), Optional.empty());
    }

    private TransactionalMessage rerouteOrFail(TransactionalMessage message, String why) {
        Set<GatewayId> down = new HashSet<>(message.failedGateways());
        message.route().ifPresent(route -> down.add(route.gatewayId()));
        MessageRouting.Routing next;
        try {
            next = routing.route(message.orgId(), message.id(), message.request(), down, clock.instant());
        } catch (ValidationException e) {
            // What the request named is gone since (a deleted template or gateway): it cannot be sent any more.
            return settle(message.failed(why + "; " + e.getMessage(), clock.instant()));
        }
        if (next instanceof MessageRouting.Routing.Routed routed) {
            routing.keep(routed.links());
            TransactionalMessage rerouted = message.rerouted(routed.route(), why, clock.instant());
            messages.save(rerouted); // the new retry key is stored before the call that uses it
            return rerouted;
        }
        return settle(message.failed(why, clock.instant()));
    }

    private TransactionalMessage settle(TransactionalMessage message) {
        messages.save(message);
        return message;
    }
}
