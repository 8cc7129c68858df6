package io.lineengage.domain.gateway;

import io.lineengage.domain.account.LineAccountId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Splits recipients across gateways in their weight ratio, one recipient at a time, so that a campaign's audience
 * is streamed, never held. It is Balinski and Young's quota method: among the gateways whose account the recipient
 * follows and that are still below their share of everyone allocated so far (this recipient included), the one with
 * the largest weight per recipient it would then have wins (ties to the lower gateway ID). When every recipient follows
 * every account, each gateway's count therefore stays strictly within one of its exact share at every step, and the
 * same recipients in the same order always get the same gateways, so an allocation can be repeated after a restart.
 */
public final class GatewayAllocator implements GatewayChoice {
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

    /**
     * An allocation that goes on where one over the same gateways stopped, {@code given} recipients per gateway ago
     * (others' counts are left out): it then chooses as the first would have, had it not stopped.
     */
    public GatewayAllocator(List<Gateway> gateways, Map<GatewayId, Long> given) {
        this(gateways);
        for (int i = 0; i < this.gateways.size(); i++) {
            counts[i] = given.getOrDefault(this.gateways.get(i).id(), 0L);
            allocated += counts[i];
        }
    }

    /** The gateway for the next recipient, who follows {@code followed}; empty when they follow none of them. */
    public Optional<Gateway> next(Set<LineAccountId> followed) {
        int best = best(followed);
        if (best < 0) {
            return Optional.empty();
        }
        counts[best]++;
        allocated++;
        return Optional.of(gateways.get(best));
    }

    /** The gateway {@link #next} would give this recipient, without giving it: nothing is counted. */
    @Override
    public Optional<Gateway> peek(Set<LineAccountId> followed) {
        int best = best(followed);
        return best < 0 ? Optional.empty() : Optional.of(gateways.get(best));
    }

    @Override
    public void take(Gateway chosen) {
        int index = gateways.indexOf(chosen);
        if (index < 0) {
            throw new IllegalArgumentException("not one of this allocation's gateways: " + chosen.id());
        }
        counts[index]++;
        allocated++;
    }

    private int best(Set<LineAccountId> followed) {
        int best = pick(followed, true);
        // Everyone below their share is out of this recipient's reach: the best they can reach takes them.
        return best >= 0 ? best : pick(followed, false);
    }

    private int pick(Set<LineAccountId> followed, boolean belowShareOnly) {
        int best = -1;
        for (int i = 0; i < gateways.size(); i++) {
            Gateway gateway = gateways.get(i);
            if (!followed.contains(gateway.accountId())) {
                continue;
            }
            // Below its share of everyone so far, this recipient included: count < (allocated + 1) * w / W.
            if (belowShareOnly && counts[i] * totalWeight >= (allocated + 1) * gateway.weight()) {
                continue;
            }
            // The largest w / (count + 1), compared without division.
            if (best < 0
                    || (long) gateway.weight() * (counts[best] + 1)
                            > (long) gateways.get(best).weight() * (counts[i] + 1)) {
                best = i;
            }
        }
        return best;
    }
}
