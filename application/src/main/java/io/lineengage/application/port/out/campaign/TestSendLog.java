package io.lineengage.application.port.out.campaign;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.campaign.CampaignId;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Test sends, kept for the customers' timelines (they stay out of the campaign's ledger and counts). */
public interface TestSendLog {
    void record(List<Sent> sends);

    /** A campaign's test sends, newest first. */
    List<Sent> ofCampaign(OrgId orgId, CampaignId campaignId);

    /** One customer's test send: what was pushed (when it was), through which gateway, and what LINE answered. */
    record Sent(
            OrgId orgId,
            CampaignId campaignId,
            CustomerId customerId,
            Optional<String> lineUserId,
            Optional<GatewayId> gatewayId,
            Optional<LineAccountId> accountId,
            String status,
            Optional<String> reason,
            Optional<String> lineRequestId,
            Optional<JsonLike> messages,
            Instant at) {
        public Sent {
            Objects.requireNonNull(orgId, "orgId");
            Objects.requireNonNull(campaignId, "campaignId");
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(at, "at");
        }
    }
}
