package io.lineengage.domain.journey;

import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.subscription.ConsentCategory;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a journey does, one version of it: its trigger, its steps, who enters and leaves, the consent its sends need,
 * and the gateway its pushes go through ({@code source}: the JSON it was read from, kept as written).
 */
public record JourneyDefinition(
        Trigger trigger,
        List<Step> steps,
        EntryRules rules,
        ConsentCategory category,
        Optional<GatewayId> gatewayId,
        JsonLike source) {
    public JourneyDefinition {
        Objects.requireNonNull(trigger, "trigger");
        steps = List.copyOf(steps);
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(category, "category");
        gatewayId = gatewayId == null ? Optional.empty() : gatewayId;
        Objects.requireNonNull(source, "source");
    }

    /** Whether any step sends (then a gateway is needed for pushes). */
    public boolean sends() {
        return steps.stream().anyMatch(step -> step instanceof Step.Send);
    }
}
