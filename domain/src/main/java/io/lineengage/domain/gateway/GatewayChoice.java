package io.lineengage.domain.gateway;

import io.lineengage.domain.account.LineAccountId;
import java.util.Optional;
import java.util.Set;

/**
 * How a recipient's gateway is chosen among those whose account they can be reached through. A campaign splits its
 * audience exactly ({@link GatewayAllocator}); a single message draws by weight ({@link WeightedDraw}).
 */
public sealed interface GatewayChoice permits GatewayAllocator, WeightedDraw {
    /** The gateway for a recipient reachable through {@code reachable}; nothing is counted yet. */
    Optional<Gateway> peek(Set<LineAccountId> reachable);

    /** Counts {@code chosen} (the answer of the last {@link #peek}) as given to one more recipient. */
    void take(Gateway chosen);
}
