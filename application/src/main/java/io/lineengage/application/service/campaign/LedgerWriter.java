package io.lineengage.application.service.campaign;

import io.lineengage.application.port.out.campaign.DeliveryLedger;
import io.lineengage.application.port.out.line.MulticastRequest;
import io.lineengage.domain.campaign.CampaignId;
import io.lineengage.domain.campaign.RecipientPlan;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.gateway.Gateway;
import io.lineengage.domain.json.JsonLike;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes queued recipients into batches as they come: one push each for personalized messages, otherwise multicast
 * batches of up to 500 per gateway. Each batch gets its retry key here, before any call. Planned batches are written
 * together once they carry 500 recipients (a full multicast at once, pushes 500 at a time, not a statement pair per
 * recipient); {@link #flush()} writes what is left, before the caller's unit of work ends.
 */
final class LedgerWriter {
    private static final int RECIPIENTS_PER_WRITE = 500;

    private final DeliveryLedger ledger;
    private final CampaignId campaignId;
    private final Map<Gateway, List<DeliveryLedger.Recipient>> open = new LinkedHashMap<>();
    private final List<DeliveryLedger.PlannedBatch> planned = new ArrayList<>();
    private int plannedRecipients;

    LedgerWriter(DeliveryLedger ledger, CampaignId campaignId) {
        this.ledger = ledger;
        this.campaignId = campaignId;
    }

    void add(CustomerId customerId, RecipientPlan.Queued queued) {
        DeliveryLedger.Recipient recipient = new DeliveryLedger.Recipient(customerId, queued.lineUserId());
        if (queued.messages().isPresent()) {
            plan(queued.gateway(), DeliveryLedger.Kind.PUSH, queued.messages(), List.of(recipient));
            return;
        }
        List<DeliveryLedger.Recipient> batch = open.computeIfAbsent(queued.gateway(), key -> new ArrayList<>());
        batch.add(recipient);
        if (batch.size() == MulticastRequest.MAX_RECIPIENTS) {
            open.remove(queued.gateway());
            plan(queued.gateway(), DeliveryLedger.Kind.MULTICAST, Optional.empty(), batch);
        }
    }

    void flush() {
        open.forEach((gateway, batch) -> plan(gateway, DeliveryLedger.Kind.MULTICAST, Optional.empty(), batch));
        open.clear();
        write();
    }

    private void plan(
            Gateway gateway,
            DeliveryLedger.Kind kind,
            Optional<JsonLike> messages,
            List<DeliveryLedger.Recipient> recipients) {
        planned.add(new DeliveryLedger.PlannedBatch(
                UUID.randomUUID(),
                gateway.id(),
                gateway.accountId(),
                kind,
                UUID.randomUUID(),
                messages,
                List.copyOf(recipients)));
        plannedRecipients += recipients.size();
        if (plannedRecipients >= RECIPIENTS_PER_WRITE) {
            write();
        }
    }

    private void write() {
        ledger.addBatches(campaignId, List.copyOf(planned));
        planned.clear();
        plannedRecipients = 0;
    }
}
