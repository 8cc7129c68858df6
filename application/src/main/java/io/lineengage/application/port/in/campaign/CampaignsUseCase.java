package io.lineengage.application.port.in.campaign;

import io.lineengage.application.port.out.campaign.DeliveryLedger;
import io.lineengage.domain.audience.AudienceId;
import io.lineengage.domain.campaign.Campaign;
import io.lineengage.domain.campaign.CampaignId;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.gateway.PriorityClass;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import io.lineengage.domain.template.TemplateId;
import java.util.List;

/** Campaigns: created as DRAFT, launched (the audience frozen into the ledger), paused, resumed, cancelled. */
public interface CampaignsUseCase {
    Campaign create(OrgId orgId, NewCampaign campaign);

    Progress get(OrgId orgId, CampaignId id);

    /**
     * Freezes the audience into the ledger, each recipient queued on a gateway or skipped with a reason; a campaign
     * with a future {@code scheduleAt} becomes SCHEDULED and is frozen at that time, with the audience as it is then.
     */
    Progress launch(OrgId orgId, CampaignId id);

    Progress pause(OrgId orgId, CampaignId id);

    Progress resume(OrgId orgId, CampaignId id);

    Progress cancel(OrgId orgId, CampaignId id);

    Page<DeliveryLedger.Entry> deliveries(OrgId orgId, CampaignId id, PageRequest page);

    int TEST_SEND_MAX = 20;

    /**
     * Sends the campaign now to the named customers, by push through the gateway launch would choose, as a test: not
     * in the ledger nor in the campaign's counts.
     */
    List<TestSend> testSend(OrgId orgId, CampaignId id, List<io.lineengage.domain.customer.CustomerId> customers);

    /** One test recipient: SENT (with LINE's request ID), SKIPPED (with the reason launch would give) or FAILED. */
    record TestSend(io.lineengage.domain.customer.CustomerId customerId, String status,
                    java.util.Optional<GatewayId> gatewayId, java.util.Optional<String> reason,
                    java.util.Optional<String> lineRequestId) {
    }

    record NewCampaign(String name, TemplateId templateId, AudienceId audienceId, PriorityClass priority,
                       List<GatewayId> gatewayIds, java.util.Optional<java.time.Instant> scheduleAt,
                       java.util.Optional<io.lineengage.domain.campaign.QuietHours> quietHours,
                       java.util.Optional<io.lineengage.domain.campaign.FrequencyCap> frequencyCap) {
    }

    /** Freezes and starts the SCHEDULED campaigns whose time has come (the workers call it). */
    void startDue();

    /** The campaign, its counts, and the gateways that failed hard during it (and what failover did). */
    record Progress(Campaign campaign, DeliveryLedger.Counts counts, List<DeliveryLedger.GatewayFailure> failovers) {
    }
}
