package io.lineengage.domain.gateway;

import io.lineengage.domain.account.LineAccountId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Splits recipients across gateways in their weight ratio, one recipient at a time, so that a campaign's audience
 * is streamed, never held. Each recipient goes to the gateway, among those whose account they follow, that is
 * furthest behind its share of everyone allocated so far (ties to the lower gateway ID). When every recipient follows
 * every account, no gateway is ever more than one recipient off its exact share; the same recipients in the
 * same order always get the same gateways, so an allocation can be repeated after a restart.
 */
public final class GatewayAllocator {
    private final List<Gateway> gateways;
    private final long totalWeight;
    private final long[] counts;
    private long allocated;

    public GatewayAllocator(List<Gateway> gateways) {
        if (gateways.isEmpty()) {
            throw new IllegalArgumentException("no gateways to allocate to");
        }
        this.gateways = new ArrayList<>(gateways);
        this.gateways.sort(Comparator.comparing(Gateway::id));
        this.totalWeight = gateways.stream().mapToLong(Gateway::weight).sum();
        this.counts = new long[gateways.size()];
    }

    /** The gateway for the next recipient, who follows {@code followed}; empty when they follow none of them. */
    public Optional<Gateway> next(Set<LineAccountId> followed) {
        int best = -1;
        long bestDeficit = Long.MIN_VALUE;
        for (int i = 0; i < gateways.size(); i++) {
            Gateway gateway = gateways.get(i);
            if (!followed.contains(gateway.accountId())) {
                continue;
            }
            // Its share of everyone so far, this recipient included, minus what it has; scaled by the total weight.
            long deficit = (allocated + 1) * gateway.weight() - counts[i] * totalWeight;
            if (deficit > bestDeficit) {
                best = i;
                bestDeficit = deficit;
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        counts[best]++;
        allocated++;
        return Optional.of(gateways.get(best));
    }
}
