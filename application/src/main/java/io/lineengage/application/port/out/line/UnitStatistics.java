package io.lineengage.application.port.out.line;

import java.util.List;
import java.util.OptionalLong;

/** LINE's statistics for one custom aggregation unit: how many opened and clicked, and impressions per bubble. */
public record UnitStatistics(
        OptionalLong uniqueImpressions, OptionalLong uniqueClicks, List<Long> impressionsPerBubble) {
    public UnitStatistics {
        impressionsPerBubble = List.copyOf(impressionsPerBubble);
    }
}
