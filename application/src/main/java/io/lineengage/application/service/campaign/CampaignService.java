package io.lineengage.application.service.campaign;

import io.lineengage.application.port.in.campaign.CampaignsUseCase;
import io.lineengage.application.port.out.UnitOfWork;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.audience.AudienceQuery;
import io.lineengage.application.port.out.audience.AudienceRepository;
import io.lineengage.application.port.out.campaign.CampaignRepository;
import io.lineengage.application.port.out.campaign.CampaignSignal;
import io.lineengage.application.port.out.campaign.SendPace;
import io.lineengage.application.port.out.line.LineMessagingPort;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.line.PushRequest;
import io.lineengage.domain.line.SendOutcome;
import io.lineengage.domain.message.LineMessage;
import java.util.UUID;
import io.lineengage.application.port.out.campaign.DeliveryLedger;
import io.lineengage.application.port.out.gateway.GatewayRepository;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.application.port.out.template.TemplateRepository;
import io.lineengage.application.service.audience.FilterCatalogues;
import io.lineengage.domain.account.LineAccount;
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
import io.lineengage.domain.error.ConflictException;
import io.lineengage.domain.error.NotFoundException;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.gateway.Gateway;
import io.lineengage.domain.org.Org;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import io.lineengage.domain.template.Template;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Campaign lifecycle. Launch streams the audience in chunks and writes the ledger as it goes (multicast batches of
 * up to 500 per gateway, or one push per recipient for personalized templates), all in one transaction with the
 * move to RUNNING, so that a launch either happened whole or not at all.
 */
public final class CampaignService implements CampaignsUseCase {
    private static final int CHUNK = 1_000;

    private final CampaignRepository campaigns;
    private final DeliveryLedger ledger;
    private final TemplateRepository templates;
    private final AudienceRepository audiences;
    private final AudienceQuery audienceQuery;
    private final GatewayRepository gateways;
    private final LineAccountRepository accounts;
    private final OrgRepository orgs;
    private final FilterCatalogues catalogues;
    private final UnitOfWork unitOfWork;
    private final CampaignSignal launched;
    private final LineMessagingPort line;
    private final SendPace pace;
    private final Clock clock;

    public CampaignService(CampaignRepository campaigns, DeliveryLedger ledger, TemplateRepository templates,
                           AudienceRepository audiences, AudienceQuery audienceQuery, GatewayRepository gateways,
                           LineAccountRepository accounts, OrgRepository orgs, FilterCatalogues catalogues,
                           UnitOfWork unitOfWork, CampaignSignal launched, LineMessagingPort line, SendPace pace,
                           Clock clock) {
        this.campaigns = campaigns;
        this.ledger = ledger;
        this.templates = templates;
        this.audiences = audiences;
        this.audienceQuery = audienceQuery;
        this.gateways = gateways;
        this.accounts = accounts;
        this.orgs = orgs;
        this.catalogues = catalogues;
        this.unitOfWork = unitOfWork;
        this.launched = launched;
        this.line = line;
        this.pace = pace;
        this.clock = clock;
    }

    @Override
    public Campaign create(OrgId orgId, NewCampaign draft) {
        ValidationException missing = null;
        if (templates.find(orgId, draft.templateId()).isEmpty()) {
            missing = ValidationException.of("templateId", "is not a template of this org");
        } else if (audiences.find(orgId, draft.audienceId()).isEmpty()) {
            missing = ValidationException.of("audienceId", "is not an audience of this org");
        }
        if (missing != null) {
            throw missing;
        }
        for (int i = 0; i < draft.gatewayIds().size(); i++) {
            Optional<Gateway> gateway = gateways.find(orgId, draft.gatewayIds().get(i));
            if (gateway.isEmpty() || gateway.get().priority() != draft.priority()) {
                throw ValidationException.of("gatewayIds[" + i + "]", "is not a " + draft.priority()
                        + " gateway of this org");
            }
        }
        Instant now = clock.instant();
        if (draft.scheduleAt().isPresent() && !draft.scheduleAt().get().isAfter(now)) {
            throw ValidationException.of("scheduleAt", "must be in the future (leave it out to send at launch)");
        }
        Campaign campaign = new Campaign(CampaignId.generate(), orgId, draft.name(), draft.templateId(),
                draft.audienceId(), draft.priority(), draft.gatewayIds(), draft.scheduleAt(), draft.quietHours(),
                draft.frequencyCap(), CampaignStatus.DRAFT, now,
                Optional.empty(), Optional.empty());
        campaigns.insert(campaign);
        return campaign;
    }

    @Override
    public Progress get(OrgId orgId, CampaignId id) {
        Campaign campaign = find(orgId, id);
        return new Progress(campaign, ledger.counts(id), ledger.gatewayFailures(id));
    }

    private Campaign find(OrgId orgId, CampaignId id) {
        return campaigns.find(orgId, id).orElseThrow(() -> new NotFoundException("campaign", id.value()));
    }

    @Override
    public Progress launch(OrgId orgId, CampaignId id) {
        Campaign campaign = find(orgId, id);
        if (campaign.status() != CampaignStatus.DRAFT) {
            throw new ConflictException("the campaign is " + campaign.status() + "; only a DRAFT is launched");
        }
        if (campaign.scheduleAt().filter(at -> at.isAfter(clock.instant())).isPresent()) {
            if (!campaigns.transition(orgId, id, CampaignStatus.DRAFT, CampaignStatus.SCHEDULED, clock.instant())) {
                throw new ConflictException("the campaign was launched or changed meanwhile");
            }
            return get(orgId, id);
        }
        freeze(campaign, CampaignStatus.DRAFT);
        launched.campaignReady();
        return get(orgId, id);
    }

    @Override
    public void startDue() {
        for (Campaign due : campaigns.scheduledDue(clock.instant())) {
            try {
                freeze(due, CampaignStatus.SCHEDULED);
                launched.campaignReady();
            } catch (ConflictException e) {
                // Nothing can be delivered (no gateway active, template or audience gone): the campaign fails.
                campaigns.transition(due.orgId(), due.id(), CampaignStatus.SCHEDULED, CampaignStatus.FAILED,
                        clock.instant());
            }
        }
    }

    /** Freezes the audience into the ledger and moves the campaign from {@code from} to RUNNING, all at once. */
    private void freeze(Campaign campaign, CampaignStatus from) {
        OrgId orgId = campaign.orgId();
        CampaignId id = campaign.id();
        Template template = templates.find(orgId, campaign.templateId())
                .orElseThrow(() -> new ConflictException("the campaign's template was deleted"));
        Audience audience = audiences.find(orgId, campaign.audienceId())
                .orElseThrow(() -> new ConflictException("the campaign's audience was deleted"));
        FieldCatalogue catalogue = catalogues.of(orgId);
        Filter filter = FilterParser.parse(audience.filter(), "filter", catalogue);
        Org org = orgs.findById(orgId).orElseThrow(() -> new NotFoundException("org", orgId.value()));
        Instant now = clock.instant();
        List<Gateway> eligible = eligibleGateways(campaign, now);
        RecipientPlanner planner = new RecipientPlanner(template, campaign.consentCategory(), eligible,
                catalogue.providers());
        EvaluationTime time = new EvaluationTime(now, org.timeZone());
        unitOfWork.run(() -> {
            if (!campaigns.transition(orgId, id, from, CampaignStatus.RUNNING, now)) {
                throw new ConflictException("the campaign was launched or changed meanwhile");
            }
            LedgerWriter writer = new LedgerWriter(ledger, id);
            audienceQuery.members(orgId, filter, time, catalogue.attributes(), CHUNK, chunk -> {
                List<DeliveryLedger.Skipped> skipped = new ArrayList<>();
                Map<CustomerId, Long> recent = campaign.frequencyCap().isEmpty() ? Map.of()
                        : ledger.sentSince(chunk.stream().map(member -> member.customer().id()).toList(),
                        now.atZone(org.timeZone()).minus(campaign.frequencyCap().get().within()).toInstant());
                for (AudienceMember member : chunk) {
                    RecipientPlan plan = planner.plan(member, Optional.empty(), campaign.frequencyCap(),
                            recent.getOrDefault(member.customer().id(), 0L));
                    if (plan instanceof RecipientPlan.Skipped skip) {
                        skipped.add(new DeliveryLedger.Skipped(member.customer().id(), skip.reason(), skip.detail()));
                    } else {
                        writer.add(member.customer().id(), (RecipientPlan.Queued) plan);
                    }
                }
                ledger.addSkipped(id, skipped);
            });
            writer.flush();
        });
    }

    /** The campaign's usable gateways now; a launch with none is refused. */
    private List<Gateway> eligibleGateways(Campaign campaign, Instant now) {
        List<Gateway> active = new CampaignGateways(gateways, accounts).usable(campaign, now, java.util.Set.of());
        if (active.isEmpty()) {
            throw new ConflictException("no " + campaign.priority() + " gateway is active now"
                    + (campaign.gatewayIds().isEmpty() ? " among the org's defaults" : " among the campaign's"));
        }
        return active;
    }

    @Override
    public Progress pause(OrgId orgId, CampaignId id) {
        return move(orgId, id, CampaignStatus.PAUSED);
    }

    @Override
    public Progress resume(OrgId orgId, CampaignId id) {
        Campaign campaign = find(orgId, id);
        if (campaign.status() != CampaignStatus.PAUSED) {
            throw new ConflictException("the campaign is " + campaign.status() + "; only a PAUSED one resumes");
        }
        // Not frozen yet (paused while scheduled): back to waiting for its time.
        Progress progress = move(orgId, id, campaign.launchedAt().isEmpty() ? CampaignStatus.SCHEDULED
                : CampaignStatus.RUNNING);
        launched.campaignReady();
        return progress;
    }

    @Override
    public Progress cancel(OrgId orgId, CampaignId id) {
        return move(orgId, id, CampaignStatus.CANCELLED);
    }

    private Progress move(OrgId orgId, CampaignId id, CampaignStatus to) {
        Campaign campaign = find(orgId, id);
        Instant now = clock.instant();
        boolean moved = unitOfWork.inTransaction(() -> {
            if (!campaign.status().canBecome(to) || !campaigns.transition(orgId, id, campaign.status(), to, now)) {
                return false;
            }
            // The waiting batches of a campaign that stops running are held out of the senders' way, so that claims
            // do not walk past them; they are due again when it runs again.
            if (to == CampaignStatus.PAUSED || to == CampaignStatus.CANCELLED) {
                ledger.hold(id);
            } else if (to == CampaignStatus.RUNNING) {
                ledger.release(id, now);
            }
            return true;
        });
        if (!moved) {
            throw new ConflictException("the campaign is " + campaign.status() + " and cannot become " + to);
        }
        return get(orgId, id);
    }

    @Override
    public List<TestSend> testSend(OrgId orgId, CampaignId id, List<CustomerId> customers) {
        if (customers.isEmpty() || customers.size() > TEST_SEND_MAX) {
            throw ValidationException.of("customerIds", "must name 1 to " + TEST_SEND_MAX + " customers");
        }
        Campaign campaign = find(orgId, id);
        Template template = templates.find(orgId, campaign.templateId())
                .orElseThrow(() -> new ConflictException("the campaign's template was deleted"));
        Instant now = clock.instant();
        FieldCatalogue catalogue = catalogues.of(orgId);
        RecipientPlanner planner = new RecipientPlanner(template, campaign.consentCategory(),
                eligibleGateways(campaign, now), catalogue.providers());
        Map<CustomerId, AudienceMember> members = new HashMap<>();
        audienceQuery.membersById(orgId, customers, catalogue.attributes())
                .forEach(member -> members.put(member.customer().id(), member));
        List<TestSend> results = new ArrayList<>();
        for (CustomerId customerId : customers) {
            AudienceMember member = members.get(customerId);
            if (member == null) {
                throw ValidationException.of("customerIds[" + customers.indexOf(customerId) + "]",
                        "is not a customer of this org");
            }
            RecipientPlan plan = planner.plan(member, Optional.empty());
            if (plan instanceof RecipientPlan.Skipped skipped) {
                results.add(new TestSend(customerId, "SKIPPED", Optional.empty(), Optional.of(skipped.reason().code()),
                        Optional.empty()));
                continue;
            }
            RecipientPlan.Queued queued = (RecipientPlan.Queued) plan;
            List<LineMessage> objects = LineMessage.Composed.each(
                    queued.messages().orElse(template.messages()));
            pace.acquire(queued.gateway().accountId(), DeliveryLedger.Kind.PUSH, 1);
            LineAccount account = accounts.find(orgId, queued.gateway().accountId()).orElseThrow();
            SendOutcome outcome = line.push(account.credentials(), new PushRequest(
                    queued.lineUserId(), objects, template.notificationDisabled(), Optional.empty(), UUID.randomUUID()));
            if (outcome instanceof SendOutcome.Accepted accepted) {
                results.add(new TestSend(customerId, "SENT", Optional.of(queued.gateway().id()), Optional.empty(),
                        Optional.of(accepted.requestId())));
            } else {
                String reason = outcome instanceof SendOutcome.Failed failed ? failed.failure().toString()
                        : "already accepted";
                results.add(new TestSend(customerId, "FAILED", Optional.of(queued.gateway().id()),
                        Optional.of(reason), Optional.empty()));
            }
        }
        return results;
    }

    @Override
    public Page<DeliveryLedger.Entry> deliveries(OrgId orgId, CampaignId id, PageRequest page) {
        find(orgId, id);
        return ledger.entries(id, page);
    }
}
