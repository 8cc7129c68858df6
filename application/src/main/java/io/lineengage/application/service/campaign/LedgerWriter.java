package io.lineengage.application.service.campaign;

import io.lineengage.application.port.out.campaign.DeliveryLedger;
import io.lineengage.domain.campaign.CampaignId;
import io.lineengage.domain.campaign.RecipientPlan;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.gateway.Gateway;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.line.MulticastRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes queued recipients into batches as they come: one push each for personalized messages, otherwise multicast
 * batches of up to 500 per gateway. Each batch gets its retry key here, before any call. Full batches are written as
 * they fill; {@link #flush()} writes what is left, before the caller's unit of work ends.
 */
final class LedgerWriter {
    private static final int PUSHES_PER_WRITE = 500;

    private final DeliveryLedger ledger;
    private final CampaignId campaignId;
    private final Map<GatewayId, List<DeliveryLedger.Recipient>> open = new LinkedHashMap<>();
    private final Map<GatewayId, Gateway> gateways = new LinkedHashMap<>();
    private final List<DeliveryLedger.PlannedBatch> pushes = new ArrayList<>();

    LedgerWriter(DeliveryLedger ledger, CampaignId campaignId) {
        this.ledger = ledger;
        this.campaignId = campaignId;
    }

    void add(CustomerId customerId, RecipientPlan.Queued queued) {
        DeliveryLedger.Recipient recipient = new DeliveryLedger.Recipient(customerId, queued.lineUserId());
        if (queued.messages().isPresent()) {
            pushes.add(planned(queued.gateway(), DeliveryLedger.Kind.PUSH, queued.messages(), List.of(recipient)));
            if (pushes.size() == PUSHES_PER_WRITE) {
                writePushes();
            }
            return;
        }
        gateways.put(queued.gateway().id(), queued.gateway());
        List<DeliveryLedger.Recipient> batch = open.computeIfAbsent(queued.gateway().id(), key -> new ArrayList<>());
        batch.add(recipient);
        if (batch.size() == MulticastRequest.MAX_RECIPIENTS) {
            write(queued.gateway(), DeliveryLedger.Kind.MULTICAST, Optional.empty(), batch);
            open.remove(queued.gateway().id());
        }
    }

    void flush() {
        open.forEach((id, batch) -> write(gateways.get(id), DeliveryLedger.Kind.MULTICAST, Optional.empty(), batch));
        open.clear();
        writePushes();
    }

    private void write(Gateway gateway, DeliveryLedger.Kind kind, Optional<JsonLike> messages,
                       List<DeliveryLedger.Recipient> recipients) {
        ledger.addBatch(campaignId, planned(gateway, kind, messages, recipients));
    }

    /** Pushes, one recipient each, are written many at a time rather than one statement pair per recipient. */
    private void writePushes() {
        ledger.addBatches(campaignId, List.copyOf(pushes));
        pushes.clear();
    }

    private static DeliveryLedger.PlannedBatch planned(Gateway gateway, DeliveryLedger.Kind kind,
                                                       Optional<JsonLike> messages,
                                                       List<DeliveryLedger.Recipient> recipients) {
        return new DeliveryLedger.PlannedBatch(UUID.randomUUID(), gateway.id(), gateway.accountId(), kind,
                UUID.randomUUID(), messages, List.copyOf(recipients));
    }
}
