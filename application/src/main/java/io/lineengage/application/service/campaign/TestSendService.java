package io.lineengage.application.service.campaign;

import io.lineengage.application.port.in.campaign.TestSendCampaignUseCase;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.audience.AudienceQuery;
import io.lineengage.application.port.out.campaign.DeliveryLedger;
import io.lineengage.application.port.out.campaign.SendPace;
import io.lineengage.application.port.out.campaign.TestSendLog;
import io.lineengage.application.port.out.line.LineMessagingPort;
import io.lineengage.application.port.out.line.PushRequest;
import io.lineengage.application.port.out.line.SendOutcome;
import io.lineengage.application.service.tracking.ClickTracker;
import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.audience.AudienceMember;
import io.lineengage.domain.audience.FieldCatalogue;
import io.lineengage.domain.campaign.Campaign;
import io.lineengage.domain.campaign.CampaignId;
import io.lineengage.domain.campaign.RecipientPlan;
import io.lineengage.domain.campaign.RecipientPlanner;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.message.LineMessage;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.template.Template;
import io.lineengage.domain.tracking.TrackedLink;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Test sends: the campaign pushed now to a few named customers, through the gateway launch would choose. */
public final class TestSendService implements TestSendCampaignUseCase {
    private final CampaignProgressService progress;
    private final CampaignPlanning planning;
    private final LineAccountRepository accounts;
    private final AudienceQuery audienceQuery;
    private final SendPace pace;
    private final LineMessagingPort line;
    private final TestSendLog log;
    private final Clock clock;

    public TestSendService(
            CampaignProgressService progress,
            CampaignPlanning planning,
            LineAccountRepository accounts,
            AudienceQuery audienceQuery,
            SendPace pace,
            LineMessagingPort line,
            TestSendLog log,
            Clock clock) {
        this.progress = progress;
        this.planning = planning;
        this.accounts = accounts;
        this.audienceQuery = audienceQuery;
        this.pace = pace;
        this.line = line;
        this.log = log;
        this.clock = clock;
    }

    private TestSendLog.Sent kept(
            Campaign campaign,
            CustomerId customerId,
            Optional<RecipientPlan.Queued> queued,
            TestSendCampaignUseCase.TestSend result,
            Optional<JsonLike> messages) {
        return new TestSendLog.Sent(
                campaign.orgId(),
                campaign.id(),
                customerId,
                queued.map(RecipientPlan.Queued::lineUserId),
                result.gatewayId(),
                queued.map(plan -> plan.gateway().accountId()),
                result.status(),
                result.reason(),
                result.lineRequestId(),
                messages,
                clock.instant());
    }

    @Override
    public List<TestSendCampaignUseCase.TestSend> testSend(OrgId orgId, CampaignId id, List<CustomerId> customers) {
        if (customers.isEmpty() || customers.size() > TEST_SEND_MAX) {
            throw ValidationException.of("customerIds", "must name 1 to " + TEST_SEND_MAX + " customers");
        }
        Campaign campaign = progress.find(orgId, id);
        CampaignPlanning.Plan planned = planning.at(campaign, clock.instant());
        Template template = planned.template();
        FieldCatalogue catalogue = planned.catalogue();
        RecipientPlanner planner = planned.planner();
        Map<CustomerId, AudienceMember> members = new HashMap<>();
        audienceQuery
                .membersById(orgId, customers, catalogue.attributes())
                .forEach(member -> members.put(member.customer().id(), member));
        List<TestSendCampaignUseCase.TestSend> results = new ArrayList<>();
        List<TestSendLog.Sent> kept = new ArrayList<>();
        for (CustomerId customerId : customers) {
            AudienceMember member = members.get(customerId);
            if (member == null) {
                throw ValidationException.of(
                        "customerIds[" + customers.indexOf(customerId) + "]", "is not a customer of this org");
            }
            RecipientPlan plan = planner.plan(member, Optional.empty());
            if (plan instanceof RecipientPlan.Skipped skipped) {
                results.add(new TestSendCampaignUseCase.TestSend(
                        customerId,
                        "SKIPPED",
                        Optional.empty(),
                        Optional.of(skipped.reason().code()),
                        Optional.empty()));
                kept.add(kept(
                        campaign, customerId, Optional.empty(), results.get(results.size() - 1), Optional.empty()));
                continue;
            }
            RecipientPlan.Queued queued = (RecipientPlan.Queued) plan;
            JsonLike rendered = queued.messages().orElse(template.messages());
            if (template.trackClicks()) {
                ClickTracker.Tracked tracked = planning.tracker()
                        .track(
                                rendered,
                                orgId,
                                TrackedLink.Source.TEST,
                                campaign.id().value(),
                                customerId);
                planning.tracker().keep(tracked.links());
                rendered = tracked.messages();
            }
            List<LineMessage> objects = LineMessage.Composed.each(rendered);
            pace.acquire(queued.gateway().accountId(), DeliveryLedger.Kind.PUSH, 1);
            LineAccount account =
                    accounts.find(orgId, queued.gateway().accountId()).orElseThrow();
            SendOutcome outcome = line.push(
                    account.credentials(),
                    new PushRequest(
                            queued.lineUserId(),
                            objects,
                            template.notificationDisabled(),
                            Optional.empty(),
                            UUID.randomUUID()));
            if (outcome instanceof SendOutcome.Accepted accepted) {
                results.add(new TestSendCampaignUseCase.TestSend(
                        customerId,
                        "SENT",
                        Optional.of(queued.gateway().id()),
                        Optional.empty(),
                        Optional.of(accepted.requestId())));
            } else {
                String reason = outcome instanceof SendOutcome.Failed failed
                        ? failed.failure().toString()
                        : "already accepted";
                results.add(new TestSendCampaignUseCase.TestSend(
                        customerId,
                        "FAILED",
                        Optional.of(queued.gateway().id()),
                        Optional.of(reason),
                        Optional.empty()));
            }
            kept.add(kept(
                    campaign, customerId, Optional.of(queued), results.get(results.size() - 1), Optional.of(rendered)));
        }
        log.record(kept);
        return results;
    }
}
