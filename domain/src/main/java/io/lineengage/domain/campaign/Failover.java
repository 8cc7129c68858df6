package io.lineengage.domain.campaign;

import io.lineengage.domain.gateway.GatewayId;
import java.time.Instant;

/** A gateway that failed hard during a campaign, and what failover did: recipients moved, and stranded. */
public record Failover(GatewayId gatewayId, String reason, Instant at, long moved, long stranded) {}
