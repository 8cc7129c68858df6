package io.lineengage.domain.gateway;

import io.lineengage.domain.account.LineAccountId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Chooses a gateway for one message at random in proportion to the weights of those that can reach the recipient:
 * single sends keep no count between them (and may come to any instance), so over many sends the weights hold on
 * average. A draw is made once per {@link #peek}; {@link #take} counts nothing.
 */
public final class WeightedDraw implements GatewayChoice {
    private final List<Gateway> gateways;
    private final RandomGenerator random;

    public WeightedDraw(List<Gateway> gateways, RandomGenerator random) {
        this.gateways = new ArrayList<>(gateways);
        this.gateways.sort(Comparator.comparing(Gateway::id));
        this.random = random;
    }

    @Override
    public Optional<Gateway> peek(Set<LineAccountId> reachable) {
        List<Gateway> candidates = gateways.stream()
                .filter(gateway -> reachable.contains(gateway.accountId()))
                .toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        long ticket =
                random.nextLong(candidates.stream().mapToLong(Gateway::weight).sum());
        for (Gateway gateway : candidates) {
            ticket -= gateway.weight();
            if (ticket < 0) {
                return Optional.of(gateway);
            }
        }
        throw new IllegalStateException("a draw below the total weight always lands on a gateway");
    }

    @Override
    public void take(Gateway chosen) {
        // nothing is counted: each draw stands alone
    }
}
