package io.lineengage.domain.tracking;

import java.util.Map;

/** Our own click figures for what sent tracked links: clicks, distinct customers who clicked, clicks per URL. */
public record ClickCounts(long clicks, long uniqueClickers, Map<String, Long> byUrl) {
    public static final ClickCounts NONE = new ClickCounts(0, 0, Map.of());

    public ClickCounts {
        byUrl = Map.copyOf(byUrl);
    }
}
