package io.lineengage.application.service.campaign;

import io.lineengage.application.port.out.UnitOfWork;
import io.lineengage.application.port.out.audience.AudienceQuery;
import io.lineengage.application.port.out.audience.AudienceRepository;
import io.lineengage.application.port.out.campaign.CampaignRepository;
import io.lineengage.application.port.out.campaign.DeliveryLedger;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.application.service.tracking.ClickTracker;
import io.lineengage.domain.audience.Audience;
import io.lineengage.domain.audience.AudienceMember;
import io.lineengage.domain.audience.EvaluationTime;
import io.lineengage.domain.audience.FieldCatalogue;
import io.lineengage.domain.audience.Filter;
import io.lineengage.domain.audience.FilterParser;
import io.lineengage.domain.campaign.Campaign;
import io.lineengage.domain.campaign.CampaignId;
import io.lineengage.domain.campaign.CampaignStatus;
import io.lineengage.domain.campaign.RecipientPlan;
import io.lineengage.domain.campaign.RecipientPlanner;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.error.ConflictException;
import io.lineengage.domain.error.NotFoundException;
import io.lineengage.domain.org.Org;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.tracking.TrackedLink;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Launch's heavy step: the campaign's audience, as it is now, frozen into the delivery ledger in one transaction with
 * the campaign's move to RUNNING: each recipient queued on a gateway (by the planner's rules and weights) or skipped
 * with a reason, streamed in chunks. A template, audience or usable gateway that is gone is a conflict.
 */
public final class AudienceFreeze {
    private static final int CHUNK = 1_000;

    private final CampaignRepository campaigns;
    private final DeliveryLedger ledger;
    private final AudienceRepository audiences;
    private final AudienceQuery audienceQuery;
    private final CampaignPlanning planning;
    private final OrgRepository orgs;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public AudienceFreeze(
            CampaignRepository campaigns,
            DeliveryLedger ledger,
            AudienceRepository audiences,
            AudienceQuery audienceQuery,
            CampaignPlanning planning,
            OrgRepository orgs,
            UnitOfWork unitOfWork,
            Clock clock) {
        this.campaigns = campaigns;
        this.ledger = ledger;
        this.audiences = audiences;
        this.audienceQuery = audienceQuery;
        this.planning = planning;
        this.orgs = orgs;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Freezes the audience into the ledger and moves the campaign from {@code from} to RUNNING, all at once. */
    void freeze(Campaign campaign, CampaignStatus from) {
        OrgId orgId = campaign.orgId();
        CampaignId id = campaign.id();
        Instant now = clock.instant();
        CampaignPlanning.Plan plan = planning.at(campaign, now);
        Audience audience = audiences
                .find(orgId, campaign.audienceId())
                .orElseThrow(() -> new ConflictException("the campaign's audience was deleted"));
        FieldCatalogue catalogue = plan.catalogue();
        Filter filter = FilterParser.parse(audience.filter(), "filter", catalogue);
        Org org = orgs.findById(orgId).orElseThrow(() -> new NotFoundException("org", orgId.value()));
        RecipientPlanner planner = plan.planner();
        EvaluationTime time = new EvaluationTime(now, org.timeZone());
        unitOfWork.run(() -> {
            if (!campaigns.transition(orgId, id, from, CampaignStatus.RUNNING, now)) {
                throw new ConflictException("the campaign was launched or changed meanwhile");
            }
            LedgerWriter writer = new LedgerWriter(ledger, id);
            audienceQuery.members(orgId, filter, time, catalogue.attributes(), CHUNK, chunk -> {
                List<DeliveryLedger.Skipped> skipped = new ArrayList<>();
                List<TrackedLink> links = new ArrayList<>();
                Map<CustomerId, Long> recent = campaign.frequencyCap().isEmpty()
                        ? Map.of()
                        : ledger.sentSince(
                                chunk.stream()
                                        .map(member -> member.customer().id())
                                        .toList(),
                                now.atZone(org.timeZone())
                                        .minus(campaign.frequencyCap().get().within())
                                        .toInstant());
                for (AudienceMember member : chunk) {
                    RecipientPlan recipient = planner.plan(
                            member,
                            Optional.empty(),
                            campaign.frequencyCap(),
                            recent.getOrDefault(member.customer().id(), 0L));
                    if (recipient instanceof RecipientPlan.Skipped skip) {
                        skipped.add(new DeliveryLedger.Skipped(member.customer().id(), skip.reason(), skip.detail()));
                    } else {
                        RecipientPlan.Queued queued = (RecipientPlan.Queued) recipient;
                        if (plan.template().trackClicks()) {
                            ClickTracker.Tracked tracked = planning.tracker()
                                    .track(
                                            queued.messages().orElseThrow(),
                                            orgId,
                                            TrackedLink.Source.CAMPAIGN,
                                            id.value(),
                                            member.customer().id());
                            links.addAll(tracked.links());
                            queued = new RecipientPlan.Queued(
                                    queued.gateway(), queued.lineUserId(), Optional.of(tracked.messages()));
                        }
                        writer.add(member.customer().id(), queued);
                    }
                }
                ledger.addSkipped(id, skipped);
                planning.tracker().keep(links);
                links.clear();
            });
            writer.flush();
        });
    }
}
