package io.lineengage.application.service.journey;

import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.campaign.SendPace;
import io.lineengage.application.port.out.gateway.GatewayRepository;
import io.lineengage.application.port.out.journey.JourneySteps;
import io.lineengage.application.port.out.journey.JourneySteps.StepRecord;
import io.lineengage.application.port.out.line.LineMessagingPort;
import io.lineengage.application.port.out.line.PushRequest;
import io.lineengage.application.port.out.line.ReplyRequest;
import io.lineengage.application.port.out.line.SendOutcome;
import io.lineengage.application.port.out.template.TemplateRepository;
import io.lineengage.application.service.reading.RecentlyRead;
import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.journey.JourneyDefinition;
import io.lineengage.domain.journey.JourneyEntry;
import io.lineengage.domain.journey.Step;
import io.lineengage.domain.line.LineFailure;
import io.lineengage.domain.message.LineMessage;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.template.Recipient;
import io.lineengage.domain.template.Rendering;
import io.lineengage.domain.template.Template;
import io.lineengage.domain.template.TemplateId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A journey's send step, exactly once. Right after the triggering event it answers with LINE's reply (free of the
 * quota) while the event's token is usable; otherwise it pushes under a retry key stored before the call. A reply
 * carries no retry key: one whose answer was lost is tried once more with the same token, and LINE's "invalid reply
 * token" after that counts as probably sent, never followed by a push of the same step.
 */
public final class JourneySender {
    private final JourneySteps steps;
    private final TemplateRepository templates;
    private final LineAccountRepository accounts;
    private final GatewayRepository gateways;
    private final SendPace pace;
    private final LineMessagingPort line;
    private final Clock clock;
    // Read for every send; a change (a template deleted, an account disabled) is seen within a second, as campaigns do.
    private final RecentlyRead<TemplateKey, Optional<Template>> recentTemplates;
    private final RecentlyRead<AccountKey, Optional<LineAccount>> recentAccounts;

    private record TemplateKey(OrgId orgId, TemplateId id) {}

    private record AccountKey(OrgId orgId, LineAccountId id) {}

    public JourneySender(
            JourneySteps steps,
            TemplateRepository templates,
            LineAccountRepository accounts,
            GatewayRepository gateways,
            SendPace pace,
            LineMessagingPort line,
            Clock clock) {
        this.steps = steps;
        this.templates = templates;
        this.accounts = accounts;
        this.gateways = gateways;
        this.pace = pace;
        this.line = line;
        this.clock = clock;
        this.recentTemplates = new RecentlyRead<>(Duration.ofSeconds(1), clock);
        this.recentAccounts = new RecentlyRead<>(Duration.ofSeconds(1), clock);
    }

    /**
     * What became of the step: settled (the entry goes on; its record, written by the caller with its round's), or
     * to be tried again later (LINE busy).
     */
    sealed interface Sent {
        record Settled(JourneyEntry entry, StepRecord record) implements Sent {}

        record Later(JourneyEntry entry, String why) implements Sent {}
    }

    /**
     * {@code ahead}: the record of this reply, written with its round's before any call ({@code record} is then the
     * one the step had before: none).
     */
    Sent send(
            JourneyEntry entry,
            JourneyDefinition definition,
            Step.Send step,
            Customer customer,
            StepRecord record,
            Optional<StepRecord> ahead) {
        Instant now = clock.instant();
        Optional<Template> template = recentTemplates.get(
                new TemplateKey(entry.orgId(), step.templateId()), key -> templates.find(key.orgId(), key.id()));
        if (template.isEmpty()) {
            return settled(
                    entry, record.settled(StepRecord.SKIPPED, Optional.of("template_deleted"), Optional.empty(), now));
        }
        Rendering rendering = Rendering.of(template.get().messages(), new Recipient(customer, Optional.empty()));
        if (rendering instanceof Rendering.Skipped skipped) {
            return settled(
                    entry, record.settled(StepRecord.SKIPPED, Optional.of(skipped.reason()), Optional.empty(), now));
        }
        List<LineMessage> messages = LineMessage.Composed.each(((Rendering.Rendered) rendering).messages());
        boolean quiet = template.get().notificationDisabled();
        Optional<LineAccount> account =
                account(entry.orgId(), entry.accountId()).filter(LineAccount::isActive);
        if (account.isEmpty()) {
            return settled(
                    entry,
                    record.settled(StepRecord.FAILED, Optional.of("LINE account disabled"), Optional.empty(), now));
        }
        boolean replyTriedBefore = record.via().filter(StepRecord.REPLY::equals).isPresent();
        Optional<JourneyEntry.ReplyToken> token = entry.reply().filter(reply -> reply.usableAt(now));
        if (record.via().isEmpty() && token.isPresent()
                || replyTriedBefore && entry.reply().isPresent()) {
            Optional<Sent> replied =
                    reply(entry, account.get(), entry.reply().get(), messages, quiet, record, replyTriedBefore, ahead);
            if (replied.isPresent()) {
                return replied.get();
            }
            record = steps.find(entry.id(), entry.seq()).orElse(record);
        } else if (replyTriedBefore) {
            // Tried by reply before a crash, and the token is gone: LINE may have it; never pushed on top.
            return settled(
                    entry.replyUsed(),
                    record.settled(
                            StepRecord.PROBABLY_SENT,
                            Optional.of("a reply was under way when its sender stopped; not pushed on top of it"),
                            Optional.empty(),
                            now));
        }
        return push(entry.replyUsed(), definition, account.get(), messages, quiet, record);
    }

    /** A reply; empty when the token turned out useless before anything was sent (the step then pushes). */
    private Optional<Sent> reply(
            JourneyEntry entry,
            LineAccount account,
            JourneyEntry.ReplyToken token,
            List<LineMessage> messages,
            boolean quiet,
            StepRecord record,
            boolean triedBefore,
            Optional<StepRecord> ahead) {
        StepRecord replying;
        if (record.via().isPresent()) {
            replying = record;
        } else if (ahead.isPresent()) {
            replying = ahead.get(); // written with the round's
        } else {
            replying = record.by(StepRecord.REPLY, Optional.empty(), clock.instant());
            steps.save(replying); // written first: a crash from here on is known to have been a reply
        }
        boolean unknown = triedBefore;
        int refused = 0;
        for (int attempt = 0; attempt < 2; attempt++) {
            SendOutcome outcome = line.reply(account.credentials(), new ReplyRequest(token.token(), messages, quiet));
            Instant now = clock.instant();
            if (outcome instanceof SendOutcome.Accepted accepted) {
                return Optional.of(settled(
                        entry.replyUsed(),
                        replying.settled(StepRecord.SENT, Optional.empty(), Optional.of(accepted.requestId()), now)));
            }
            LineFailure failure = ((SendOutcome.Failed) outcome).failure();
            if (failure instanceof LineFailure.InvalidReplyToken) {
                if (unknown) {
                    return Optional.of(settled(
                            entry.replyUsed(),
                            replying.settled(
                                    StepRecord.PROBABLY_SENT,
                                    Optional.of("LINE's answer to the reply was lost and the token is spent now:"
                                            + " probably sent, so not pushed"),
                                    Optional.empty(),
                                    now)));
                }
                return Optional.empty(); // the token was no good: nothing went out, so the step pushes
            }
            if (!failure.mayHaveBeenSent()) {
                if (failure.retryable() && !unknown && !token.usableAt(now)) {
                    return Optional.empty(); // refused, and the token's time is over meanwhile: the step pushes
                }
                if (failure.retryable() && token.usableAt(now)) {
                    // Refused before LINE acted (its per-second limit): the token is still good, so after a pause.
                    if (refused < BUSY_TRIES) {
                        pause(refused++);
                        attempt--;
                        continue;
                    }
                    if (!unknown) {
                        // Nothing went: the record says so, and a later run replies (or pushes) afresh.
                        steps.save(record.settled(
                                StepRecord.PENDING,
                                Optional.of("LINE's rate limit: tried again shortly"),
                                Optional.empty(),
                                now));
                        return Optional.of(new Sent.Later(entry, failure.describe()));
                    }
                }
                return Optional.of(settled(
                        entry.replyUsed(),
                        replying.settled(StepRecord.FAILED, Optional.of(failure.describe()), Optional.empty(), now)));
            }
            unknown = true; // LINE may have it: once more with the same token, which LINE answers once
        }
        return Optional.of(settled(
                entry.replyUsed(),
                replying.settled(
                        StepRecord.PROBABLY_SENT,
                        Optional.of("LINE did not answer the reply twice: probably sent, so not pushed"),
                        Optional.empty(),
                        clock.instant())));
    }

    private Sent push(
            JourneyEntry entry,
            JourneyDefinition definition,
            LineAccount entryAccount,
            List<LineMessage> messages,
            boolean quiet,
            StepRecord record) {
        StepRecord pushing = record.via().filter(StepRecord.PUSH::equals).isPresent()
                ? record
                : record.by(StepRecord.PUSH, Optional.of(UUID.randomUUID()), clock.instant());
        steps.save(pushing); // the retry key is stored before the call that uses it
        LineAccount account = definition
                .gatewayId()
                .flatMap(gateway -> gateways.find(entry.orgId(), gateway))
                .map(gateway -> gateway.accountId())
                .filter(id -> !id.equals(entryAccount.id()))
                .flatMap(id -> account(entry.orgId(), id))
                .filter(LineAccount::isActive)
                .orElse(entryAccount);
        LineAccountId paced = account.id();
        pace.acquireTransactional(paced);
        SendOutcome outcome = line.push(
                account.credentials(),
                new PushRequest(
                        entry.lineUserId(),
                        messages,
                        quiet,
                        Optional.empty(),
                        pushing.retryKey().orElseThrow()));
        Instant now = clock.instant();
        if (outcome instanceof SendOutcome.Accepted accepted) {
            return settled(
                    entry, pushing.settled(StepRecord.SENT, Optional.empty(), Optional.of(accepted.requestId()), now));
        }
        if (outcome instanceof SendOutcome.AlreadyAccepted already) {
            return settled(
                    entry,
                    pushing.settled(StepRecord.SENT, Optional.empty(), Optional.of(already.acceptedRequestId()), now));
        }
        LineFailure failure = ((SendOutcome.Failed) outcome).failure();
        if (failure.retryable()) {
            return new Sent.Later(entry, failure.describe()); // the record keeps its retry key for the next try
        }
        return settled(
                entry, pushing.settled(StepRecord.FAILED, Optional.of(failure.describe()), Optional.empty(), now));
    }

    /** Rate-limit refusals of one reply waited out in place (about 1.5 s in all) before the entry waits its turn. */
    private static final int BUSY_TRIES = 6;

    private static void pause(int refusedBefore) {
        try {
            Thread.sleep(25L << refusedBefore); // 25, 50, ... 800 ms: LINE counts its limit per second
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while LINE's rate limit passed", e);
        }
    }

    private Optional<LineAccount> account(OrgId orgId, LineAccountId id) {
        return recentAccounts.get(new AccountKey(orgId, id), key -> accounts.find(key.orgId(), key.id()));
    }

    private static Sent settled(JourneyEntry entry, StepRecord record) {
        return new Sent.Settled(entry, record);
    }
}
