package io.lineengage.application.port.in.campaign;

import io.lineengage.domain.campaign.CampaignId;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.org.OrgId;
import java.util.List;
import java.util.Optional;

/**
 * Sends the campaign now to the named customers, by push through the gateway launch would choose, as a test: not in
 * the ledger nor in the campaign's counts.
 */
public interface TestSendCampaignUseCase {
    int TEST_SEND_MAX = 20;

    List<TestSend> testSend(OrgId orgId, CampaignId id, List<CustomerId> customers);

    /** One test recipient: SENT (with LINE's request ID), SKIPPED (with the reason launch would give) or FAILED. */
    record TestSend(
            CustomerId customerId,
            String status,
            Optional<GatewayId> gatewayId,
            Optional<String> reason,
            Optional<String> lineRequestId) {}
}
