package io.lineengage.domain.journey;

import io.lineengage.domain.campaign.FrequencyCap;
import io.lineengage.domain.campaign.QuietHours;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.subscription.ConsentCategory;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a journey does, one version of it: its trigger, its steps, who enters and leaves, the consent its sends need,
 * the gateway its pushes go through, and the quiet hours in the org's time zone when it pushes nothing (a push due
 * then waits for their end; a reply right after the customer's own action does not), and at most how many pushes of
 * it a customer gets within a period (a push past the cap is skipped as "capped") ({@code source}: the JSON it was
 * read from, kept as written).
 */
public record JourneyDefinition(
        Trigger trigger,
        List<Step> steps,
        EntryRules rules,
        ConsentCategory category,
        Optional<GatewayId> gatewayId,
        Optional<QuietHours> quietHours,
        Optional<FrequencyCap> frequencyCap,
        JsonLike source) {
    public JourneyDefinition {
        Objects.requireNonNull(trigger, "trigger");
        steps = List.copyOf(steps);
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(category, "category");
        gatewayId = gatewayId == null ? Optional.empty() : gatewayId;
        quietHours = quietHours == null ? Optional.empty() : quietHours;
        frequencyCap = frequencyCap == null ? Optional.empty() : frequencyCap;
        Objects.requireNonNull(source, "source");
    }

    /** Whether any step sends (then a gateway is needed for pushes). */
    public boolean sends() {
        return steps.stream().anyMatch(step -> step instanceof Step.Send);
    }
}
