package io.lineengage.domain.campaign;

import io.lineengage.domain.gateway.GatewayId;
import java.util.Map;

/** Where a campaign's recipients stand: queued, sent, failed, skipped by reason, and per gateway by status. */
public record DeliveryCounts(
        long queued, long sent, long failed, Map<String, Long> skipped, Map<GatewayId, Map<String, Long>> byGateway) {}
