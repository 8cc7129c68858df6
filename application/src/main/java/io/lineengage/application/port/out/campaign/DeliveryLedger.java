package io.lineengage.application.port.out.campaign;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.campaign.CampaignId;
import io.lineengage.domain.campaign.Delivery;
import io.lineengage.domain.campaign.DeliveryCounts;
import io.lineengage.domain.campaign.Failover;
import io.lineengage.domain.campaign.QuietHours;
import io.lineengage.domain.campaign.SkipReason;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import io.lineengage.domain.template.TemplateId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A campaign's recipients and the batches that carry them. A batch's retry key is stored with it before any call,
 * so that every attempt (after a retry or a restart) reuses it and LINE sends it once.
 */
public interface DeliveryLedger {
    enum Kind {
        MULTICAST,
        PUSH
    }

    /** A call to make: to up to 500 users by multicast, or one user by push with their rendered messages. */
    record PlannedBatch(
            UUID id,
            GatewayId gatewayId,
            LineAccountId accountId,
            Kind kind,
            UUID retryKey,
            Optional<JsonLike> messages,
            List<Recipient> recipients) {}

    record Recipient(CustomerId customerId, String lineUserId) {}

    record Skipped(CustomerId customerId, SkipReason reason, String detail) {}

    /** Stores the batches and puts their recipients on them (moving them from an earlier batch, on failover). */
    void addBatches(CampaignId campaignId, List<PlannedBatch> batches);

    void addSkipped(CampaignId campaignId, List<Skipped> skipped);

    /** A batch claimed for sending, with what the call needs (and the campaign's quiet hours). */
    record Claimed(
            UUID id,
            CampaignId campaignId,
            OrgId orgId,
            TemplateId templateId,
            Optional<QuietHours> quietHours,
            GatewayId gatewayId,
            LineAccountId accountId,
            Kind kind,
            UUID retryKey,
            Optional<JsonLike> messages,
            List<String> lineUserIds,
            int attempts) {}

    /**
     * Up to {@code max} due batches of RUNNING campaigns that nobody holds (or whose holder's lease ran out), the
     * longest due first, each leased to {@code runner} until {@code now + lease}.
     */
    List<Claimed> claim(String runner, Instant now, Duration lease, int max);

    /** LINE accepted the batch, or had already under its retry key: the request ID it gave. */
    record Accepted(UUID batchId, String lineRequestId) {}

    /** Records every one of these batches as SENT, in one go. */
    void sent(List<Accepted> accepted, Instant at);

    void failed(UUID batchId, String error, Instant at);

    /** Gives the batch back untried (quiet hours), due again at {@code at}; the claim is not counted as an attempt. */
    void defer(UUID batchId, String why, Instant at);

    /** Gives the batch back, due again at {@code at}. */
    void retryLater(UUID batchId, String error, Instant at);

    /** The campaign's waiting batches are due never (it was paused or cancelled): claims pass them by unread. */
    void hold(CampaignId campaignId);

    /** The campaign's held batches are due at {@code at} (it runs again). */
    void release(CampaignId campaignId, Instant at);

    /**
     * Fails {@code failedBatch} and every PENDING batch of the gateway in the campaign that nobody is sending now
     * (a leased one is left to its runner, whose own failure fails it over) with {@code error}, and answers the
     * recipients of those batches: the ones to move to other gateways.
     */
    List<Recipient> failGateway(CampaignId campaignId, GatewayId gatewayId, UUID failedBatch, String error, Instant at);

    /** What failover did: the gateway, why, and how many recipients moved or were left without a gateway. */
    void recordGatewayFailure(CampaignId campaignId, Failover failure);

    List<Failover> gatewayFailures(CampaignId campaignId);

    /** How many campaign messages LINE accepted for each of these customers since {@code since} (none: absent). */
    Map<CustomerId, Long> sentSince(List<CustomerId> customers, Instant since);

    /** Counts per status, skips per reason, and per gateway. */
    DeliveryCounts counts(CampaignId campaignId);

    Page<Delivery> entries(CampaignId campaignId, PageRequest page);
}
