package io.lineengage.application.service.campaign;

import io.lineengage.application.port.in.campaign.DispatchCampaignsUseCase;
import io.lineengage.application.port.out.UnitOfWork;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.audience.AudienceQuery;
import io.lineengage.application.port.out.campaign.AggregationUnitUsage;
import io.lineengage.application.port.out.campaign.CampaignRepository;
import io.lineengage.application.port.out.campaign.DeliveryLedger;
import io.lineengage.application.port.out.campaign.SendPace;
import io.lineengage.application.port.out.customer.AttributeCatalogue;
import io.lineengage.application.port.out.gateway.GatewayRepository;
import io.lineengage.application.port.out.line.LineMessagingPort;
import io.lineengage.application.port.out.line.MulticastRequest;
import io.lineengage.application.port.out.line.PushRequest;
import io.lineengage.application.port.out.line.SendOutcome;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.application.port.out.template.TemplateRepository;
import io.lineengage.application.service.gateway.UsableGateways;
import io.lineengage.application.service.reading.RecentlyRead;
import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.audience.AudienceMember;
import io.lineengage.domain.campaign.Campaign;
import io.lineengage.domain.campaign.CampaignStatus;
import io.lineengage.domain.campaign.DeliveryCounts;
import io.lineengage.domain.campaign.Failover;
import io.lineengage.domain.campaign.QuietHours;
import io.lineengage.domain.campaign.RecipientPlan;
import io.lineengage.domain.campaign.RecipientPlanner;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.gateway.Gateway;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.line.LineFailure;
import io.lineengage.domain.message.LineMessage;
import io.lineengage.domain.org.Org;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.template.Template;
import io.lineengage.domain.template.TemplateId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Makes claimed batches' LINE calls with their stored retry keys, once the channels' rate limits allow them. Accepted,
 * or 409 (already accepted under that key), is SENT; a retryable failure (429 rate limit, 5xx, timeout) is tried
 * again later with exponential backoff and jitter; a channel that cannot send (exhausted quota, refused credentials)
 * fails over to the campaign's other gateways; anything else (400) fails the batch with LINE's reason.
 */
public final class CampaignDispatcher implements DispatchCampaignsUseCase {
    static final Duration LEASE = Duration.ofSeconds(60);
    static final int MAX_ATTEMPTS = 8;
    /**
     * Batches claimed at once: their outcomes are written together, so the database is visited a few times per group
     * instead of per call (a push is one recipient).
     */
    static final int GROUP = 100;
    /** How long the senders go on with a template, account or time zone read before reading it again. */
    static final Duration FRESH_FOR = Duration.ofSeconds(1);

    private final DeliveryLedger ledger;
    private final CampaignRepository campaigns;
    private final TemplateRepository templates;
    private final LineAccountRepository accounts;
    private final UsableGateways gateways;
    private final AudienceQuery audienceQuery;
    private final AttributeCatalogue attributes;
    private final LineMessagingPort line;
    private final HeldPermits permits;
    private final OrgRepository orgs;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final RecentlyRead<TemplateId, Optional<Template>> recentTemplates;
    private final RecentlyRead<LineAccountId, Optional<LineAccount>> recentAccounts;
    private final RecentlyRead<OrgId, ZoneId> recentZones;
    private final CampaignUnits units;

    public CampaignDispatcher(
            DeliveryLedger ledger,
            CampaignRepository campaigns,
            TemplateRepository templates,
            LineAccountRepository accounts,
            GatewayRepository gateways,
            AudienceQuery audienceQuery,
            AttributeCatalogue attributes,
            LineMessagingPort line,
            SendPace pace,
            OrgRepository orgs,
            UnitOfWork unitOfWork,
            AggregationUnitUsage units,
            Clock clock) {
        this.ledger = ledger;
        this.campaigns = campaigns;
        this.templates = templates;
        this.accounts = accounts;
        this.gateways = new UsableGateways(gateways, accounts);
        this.audienceQuery = audienceQuery;
        this.attributes = attributes;
        this.line = line;
        this.permits = new HeldPermits(pace, clock);
        this.orgs = orgs;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.recentTemplates = new RecentlyRead<>(FRESH_FOR, clock);
        this.recentAccounts = new RecentlyRead<>(FRESH_FOR, clock);
        this.recentZones = new RecentlyRead<>(FRESH_FOR, clock);
        this.units = new CampaignUnits(units, campaigns, clock);
    }

    @Override
    public boolean dispatchNext(String runner) {
        List<DeliveryLedger.Claimed> claimed = ledger.claim(runner, clock.instant(), LEASE, GROUP);
        if (claimed.isEmpty()) {
            return false;
        }
        List<DeliveryLedger.Accepted> accepted = new ArrayList<>();
        try {
            List<Ready> ready = new ArrayList<>();
            for (DeliveryLedger.Claimed batch : claimed) {
                prepare(batch).ifPresent(ready::add);
            }
            for (Ready one : ready) {
                permits.takeOne(one.batch().accountId(), one.batch().kind());
                send(one, accepted);
            }
        } finally {
            // Accepted calls are written together; should this fail, their leases run out and the same retry keys
            // bring LINE's 409, recorded as SENT then.
            ledger.sent(accepted, clock.instant());
        }
        return true;
    }

    /** A claimed batch whose call can be made now, with what it needs. */
    private record Ready(DeliveryLedger.Claimed batch, Template template, LineAccount account) {}

    /** Defers the batch in quiet hours, fails it without template or account, fails over a disabled account's. */
    private Optional<Ready> prepare(DeliveryLedger.Claimed batch) {
        Optional<Instant> quietUntil = quietUntil(batch);
        if (quietUntil.isPresent()) {
            ledger.defer(batch.id(), "quiet hours until " + quietUntil.get(), quietUntil.get());
            return Optional.empty();
        }
        Optional<Template> template = recentTemplates.get(batch.templateId(), id -> templates.find(batch.orgId(), id));
        Optional<LineAccount> account = recentAccounts.get(batch.accountId(), id -> accounts.find(batch.orgId(), id));
        if (template.isEmpty() || account.isEmpty()) {
            ledger.failed(
                    batch.id(),
                    template.isEmpty() ? "the template was deleted" : "the LINE account was removed",
                    clock.instant());
            return Optional.empty();
        }
        if (!account.get().isActive()) {
            // Disabled by the brand: like a channel LINE refuses, its recipients move to the other gateways.
            Instant now = clock.instant();
            unitOfWork.run(() -> failOver(batch, template.get(), "LINE account disabled", now));
            return Optional.empty();
        }
        return Optional.of(new Ready(batch, template.get(), account.get()));
    }

    /** Makes the call; what LINE accepted joins {@code accepted}, anything else is recorded at once. */
    private void send(Ready ready, List<DeliveryLedger.Accepted> accepted) {
        DeliveryLedger.Claimed batch = ready.batch();
        List<LineMessage> objects = LineMessage.Composed.each(
                batch.messages().orElse(ready.template().messages()));
        boolean quiet = ready.template().notificationDisabled();
        Optional<String> unit = units.forCall(batch, ready.account());
        SendOutcome outcome = batch.kind() == DeliveryLedger.Kind.MULTICAST
                ? line.multicast(
                        ready.account().credentials(),
                        new MulticastRequest(batch.lineUserIds(), objects, quiet, unit, batch.retryKey()))
                : line.push(
                        ready.account().credentials(),
                        new PushRequest(batch.lineUserIds().get(0), objects, quiet, unit, batch.retryKey()));
        Instant now = clock.instant();
        if (outcome instanceof SendOutcome.Accepted fresh) {
            accepted.add(new DeliveryLedger.Accepted(batch.id(), fresh.requestId()));
        } else if (outcome instanceof SendOutcome.AlreadyAccepted already) {
            accepted.add(new DeliveryLedger.Accepted(batch.id(), already.acceptedRequestId()));
        } else {
            LineFailure failure = ((SendOutcome.Failed) outcome).failure();
            String reason = failure.getClass().getSimpleName() + ": " + failure;
            if (failure.channelUnusable()) {
                unitOfWork.run(() -> failOver(batch, ready.template(), reason, now));
            } else if (failure.retryable() && batch.attempts() < MAX_ATTEMPTS) {
                ledger.retryLater(batch.id(), reason, now.plus(backoff(batch.attempts())));
            } else {
                ledger.failed(batch.id(), reason, now);
            }
        }
    }

    /** When the campaign's quiet hours (in the org's zone) hold now: the moment they end. */
    private Optional<Instant> quietUntil(DeliveryLedger.Claimed batch) {
        Optional<QuietHours> quiet = batch.quietHours();
        if (quiet.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        ZoneId zone = recentZones.get(
                batch.orgId(), org -> orgs.findById(org).map(Org::timeZone).orElse(ZoneOffset.UTC));
        Instant allowed = quiet.get().nextAllowed(now, zone);
        return allowed.equals(now) ? Optional.empty() : Optional.of(allowed);
    }

    /**
     * The gateway cannot send for this campaign any more: every recipient still waiting on it (this batch's and its
     * other pending batches') is planned again over the campaign's other usable gateways, by the same rules and
     * weights; whoever none of them can reach stays FAILED with the gateway's reason.
     */
    private void failOver(DeliveryLedger.Claimed batch, Template template, String reason, Instant now) {
        List<DeliveryLedger.Recipient> waiting =
                ledger.failGateway(batch.campaignId(), batch.gatewayId(), batch.id(), reason, now);
        Optional<Campaign> campaign = campaigns.find(batch.orgId(), batch.campaignId());
        Set<GatewayId> down = new HashSet<>();
        ledger.gatewayFailures(batch.campaignId()).forEach(failure -> down.add(failure.gatewayId()));
        down.add(batch.gatewayId());
        List<Gateway> others = campaign.map(c -> gateways.usable(c, now, down)).orElse(List.of());
        long moved = 0;
        if (!others.isEmpty() && !waiting.isEmpty()) {
            RecipientPlanner planner = new RecipientPlanner(
                    template, campaign.get().consentCategory(), others, accounts.providers(batch.orgId()));
            LedgerWriter writer = new LedgerWriter(ledger, batch.campaignId());
            List<CustomerId> ids =
                    waiting.stream().map(DeliveryLedger.Recipient::customerId).toList();
            for (AudienceMember member : audienceQuery.membersById(batch.orgId(), ids, attributes.all(batch.orgId()))) {
                if (planner.plan(member, Optional.empty()) instanceof RecipientPlan.Queued queued) {
                    writer.add(member.customer().id(), queued);
                    moved++;
                }
            }
            writer.flush();
        }
        ledger.recordGatewayFailure(
                batch.campaignId(), new Failover(batch.gatewayId(), reason, now, moved, waiting.size() - moved));
    }

    /** 0.5 s, 1 s, 2 s, ... up to a minute, each with up to half again of jitter so that retries spread out. */
    static Duration backoff(int attempts) {
        long base = Math.min(60_000L, 500L << Math.min(attempts - 1, 10));
        return Duration.ofMillis(base + ThreadLocalRandom.current().nextLong(base / 2 + 1));
    }

    @Override
    public void completeFinished() {
        for (Campaign campaign : campaigns.runningWithNothingPending()) {
            DeliveryCounts counts = ledger.counts(campaign.id());
            CampaignStatus end =
                    counts.sent() == 0 && counts.failed() > 0 ? CampaignStatus.FAILED : CampaignStatus.COMPLETED;
            campaigns.transition(campaign.orgId(), campaign.id(), CampaignStatus.RUNNING, end, clock.instant());
        }
    }
}
