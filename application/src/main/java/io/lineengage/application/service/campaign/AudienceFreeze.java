package io.lineengage.application.service.campaign;

import io.lineengage.application.port.in.campaign.FreezeAudiencesUseCase;
import io.lineengage.application.port.out.UnitOfWork;
import io.lineengage.application.port.out.audience.AudienceQuery;
import io.lineengage.application.port.out.audience.AudienceRepository;
import io.lineengage.application.port.out.campaign.CampaignFreezes;
import io.lineengage.application.port.out.campaign.CampaignRepository;
import io.lineengage.application.port.out.campaign.CampaignSignal;
import io.lineengage.application.port.out.campaign.DeliveryLedger;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.application.service.tracking.ClickTracker;
import io.lineengage.domain.audience.Audience;
import io.lineengage.domain.audience.AudienceMember;
import io.lineengage.domain.audience.EvaluationTime;
import io.lineengage.domain.audience.Filter;
import io.lineengage.domain.audience.FilterParser;
import io.lineengage.domain.campaign.Campaign;
import io.lineengage.domain.campaign.CampaignId;
import io.lineengage.domain.campaign.CampaignStatus;
import io.lineengage.domain.campaign.RecipientPlan;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.error.ConflictException;
import io.lineengage.domain.error.NotFoundException;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.org.Org;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.tracking.TrackedLink;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Launch's heavy step: the campaign's audience, as it is now, frozen into the delivery ledger, each recipient queued on
 * a gateway (by the planner's rules and weights) or skipped with a reason. The launch freezes the first customers in
 * one unit of work with the campaign's move to RUNNING and answers; workers freeze the rest a window at a time, each
 * window committed with the customer ID it reached, so the senders start on the first batches at once and a freeze
 * cut short by a crash goes on from the last window, with the split resumed from the ledger's counts. A template,
 * audience or usable gateway that is gone is a conflict at launch; gone later, the freeze ends where it was, noted.
 */
public final class AudienceFreeze implements FreezeAudiencesUseCase {
    /** Customers read at once. */
    private static final int CHUNK = 1_000;
    /** Customers walked by the launch itself: a fraction of a second, so that it answers at once. */
    static final int FIRST_WINDOW = 1_000;
    /** Customers walked per unit of work afterwards: each commits its batches and where it reached. */
    static final int WINDOW = 10_000;
    /** How long a claimed freeze stays its runner's without a window committed. */
    static final Duration LEASE = Duration.ofSeconds(60);

    private final CampaignRepository campaigns;
    private final CampaignFreezes freezes;
    private final DeliveryLedger ledger;
    private final AudienceRepository audiences;
    private final AudienceQuery audienceQuery;
    private final CampaignPlanning planning;
    private final OrgRepository orgs;
    private final UnitOfWork unitOfWork;
    private final CampaignSignal signal;
    private final Clock clock;

    public AudienceFreeze(
            CampaignRepository campaigns,
            CampaignFreezes freezes,
            DeliveryLedger ledger,
            AudienceRepository audiences,
            AudienceQuery audienceQuery,
            CampaignPlanning planning,
            OrgRepository orgs,
            UnitOfWork unitOfWork,
            CampaignSignal signal,
            Clock clock) {
        this.campaigns = campaigns;
        this.freezes = freezes;
        this.ledger = ledger;
        this.audiences = audiences;
        this.audienceQuery = audienceQuery;
        this.planning = planning;
        this.orgs = orgs;
        this.unitOfWork = unitOfWork;
        this.signal = signal;
        this.clock = clock;
    }

    /** Moves the campaign from {@code from} to RUNNING with its first customers frozen, all at once. */
    void freeze(Campaign campaign, CampaignStatus from) {
        Instant now = clock.instant();
        Freezing freezing = prepare(campaign, now, Map.of());
        unitOfWork.run(() -> {
            if (!campaigns.transition(campaign.orgId(), campaign.id(), from, CampaignStatus.RUNNING, now)) {
                throw new ConflictException("the campaign was launched or changed meanwhile");
            }
            freezes.reached(campaign.id(), walk(freezing, Optional.empty(), FIRST_WINDOW));
        });
    }

    @Override
    public boolean freezeNext(String runner, BooleanSupplier going) {
        Optional<CampaignFreezes.Front> front = freezes.claim(runner, clock.instant(), LEASE);
        if (front.isEmpty()) {
            return false;
        }
        CampaignId id = front.get().campaignId();
        Optional<Campaign> campaign = campaigns.find(front.get().orgId(), id);
        Freezing freezing;
        try {
            Campaign launched = campaign.orElseThrow(() -> new ConflictException("the campaign was deleted"));
            freezing = prepare(launched, launched.launchedAt().orElse(clock.instant()), given(id));
        } catch (ConflictException | NotFoundException e) {
            unitOfWork.run(() -> freezes.reached(id, Optional.empty()));
            campaigns.note(id, "part of the audience was not frozen: " + e.getMessage(), clock.instant());
            return true;
        }
        Optional<CustomerId> after = front.get().after();
        while (going.getAsBoolean()) {
            Optional<CustomerId> from = after;
            Optional<Optional<CustomerId>> step = unitOfWork.inTransaction(() -> {
                if (!freezes.renew(id, runner, clock.instant().plus(LEASE))) {
                    return Optional.empty(); // paused or cancelled meanwhile, or the claim lapsed and was taken
                }
                Optional<CustomerId> reached = walk(freezing, from, WINDOW);
                freezes.reached(id, reached);
                return Optional.of(reached);
            });
            if (step.isEmpty()) {
                break;
            }
            signal.campaignReady();
            if (step.get().isEmpty()) {
                return true;
            }
            after = step.get();
        }
        freezes.release(id, runner);
        return true;
    }

    /** How many recipients each gateway was given before a resumed freeze, so that the split goes on exactly. */
    private Map<GatewayId, Long> given(CampaignId id) {
        Map<GatewayId, Long> given = new HashMap<>();
        ledger.counts(id)
                .byGateway()
                .forEach((gateway, byStatus) -> given.put(
                        gateway,
                        byStatus.values().stream().mapToLong(Long::longValue).sum()));
        return given;
    }

    /** What walking a campaign's audience needs, read once per launch or resumed freeze. */
    private record Freezing(
            Campaign campaign, CampaignPlanning.Plan plan, Filter filter, EvaluationTime time, Org org) {}

    private Freezing prepare(Campaign campaign, Instant at, Map<GatewayId, Long> given) {
        OrgId orgId = campaign.orgId();
        CampaignPlanning.Plan plan = planning.at(campaign, clock.instant(), given);
        Audience audience = audiences
                .find(orgId, campaign.audienceId())
                .orElseThrow(() -> new ConflictException("the campaign's audience was deleted"));
        Filter filter = FilterParser.parse(audience.filter(), "filter", plan.catalogue());
        Org org = orgs.findById(orgId).orElseThrow(() -> new NotFoundException("org", orgId.value()));
        return new Freezing(campaign, plan, filter, new EvaluationTime(at, org.timeZone()), org);
    }

    /**
     * Freezes up to {@code customers} customers after {@code after} into the ledger; the last customer ID covered,
     * empty when none is left.
     */
    private Optional<CustomerId> walk(Freezing freezing, Optional<CustomerId> after, int customers) {
        LedgerWriter writer = new LedgerWriter(ledger, freezing.campaign().id());
        Optional<CustomerId> reached = after;
        for (int walked = 0; walked < customers; walked += CHUNK) {
            AudienceQuery.Window window = audienceQuery.window(
                    freezing.campaign().orgId(),
                    freezing.filter(),
                    freezing.time(),
                    freezing.plan().catalogue().attributes(),
                    reached,
                    CHUNK);
            plan(freezing, window.members(), writer);
            reached = window.reached();
            if (reached.isEmpty()) {
                break;
            }
        }
        writer.flush();
        return reached;
    }

    private void plan(Freezing freezing, List<AudienceMember> chunk, LedgerWriter writer) {
        Campaign campaign = freezing.campaign();
        CampaignId id = campaign.id();
        List<DeliveryLedger.Skipped> skipped = new ArrayList<>();
        List<TrackedLink> links = new ArrayList<>();
        Map<CustomerId, Long> recent = campaign.frequencyCap().isEmpty() || chunk.isEmpty()
                ? Map.of()
                : ledger.sentSince(
                        chunk.stream().map(member -> member.customer().id()).toList(),
                        freezing.time()
                                .now()
                                .atZone(freezing.org().timeZone())
                                .minus(campaign.frequencyCap().get().within())
                                .toInstant());
        for (AudienceMember member : chunk) {
            RecipientPlan recipient = freezing.plan()
                    .planner()
                    .plan(
                            member,
                            Optional.empty(),
                            campaign.frequencyCap(),
                            recent.getOrDefault(member.customer().id(), 0L));
            if (recipient instanceof RecipientPlan.Skipped skip) {
                skipped.add(new DeliveryLedger.Skipped(member.customer().id(), skip.reason(), skip.detail()));
                continue;
            }
            RecipientPlan.Queued queued = (RecipientPlan.Queued) recipient;
            if (freezing.plan().template().trackClicks()) {
                ClickTracker.Tracked tracked = planning.tracker()
                        .track(
                                queued.messages().orElseThrow(),
                                campaign.orgId(),
                                TrackedLink.Source.CAMPAIGN,
                                id.value(),
                                member.customer().id());
                links.addAll(tracked.links());
                queued = new RecipientPlan.Queued(
                        queued.gateway(), queued.lineUserId(), Optional.of(tracked.messages()));
            }
            writer.add(member.customer().id(), queued);
        }
        ledger.addSkipped(id, skipped);
        planning.tracker().keep(links);
    }
}
