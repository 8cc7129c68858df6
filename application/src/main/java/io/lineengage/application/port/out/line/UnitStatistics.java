package io.lineengage.application.port.out.line;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * LINE's statistics for one custom aggregation unit: users who opened, clicked and played media, impressions per
 * bubble, and clicks per URL. LINE answers a count under 20 as null: empty here, never 0.
 */
public record UnitStatistics(
        OptionalLong uniqueImpressions,
        OptionalLong uniqueClicks,
        OptionalLong uniqueMediaPlayed,
        List<OptionalLong> impressionsPerBubble,
        List<UrlClicks> clicks) {
    public UnitStatistics {
        impressionsPerBubble = List.copyOf(impressionsPerBubble);
        clicks = List.copyOf(clicks);
    }

    /** How often one URL of the messages was opened, and by how many users. */
    public record UrlClicks(String url, OptionalLong clicks, OptionalLong uniqueClicks) {
        public UrlClicks {
            Objects.requireNonNull(url, "url");
        }
    }
}
