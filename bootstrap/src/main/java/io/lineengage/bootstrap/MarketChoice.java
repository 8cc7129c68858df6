package io.lineengage.bootstrap;

import java.util.Locale;
import java.util.Objects;

/** The market a deployment is built for ({@code LINE_ENGAGE_MARKET}): one of the market components this build holds. */
public record MarketChoice(String code) {
    public static final MarketChoice DEFAULT = new MarketChoice("DEFAULT");
    public static final MarketChoice JP = new MarketChoice("JP");

    public MarketChoice {
        Objects.requireNonNull(code, "code");
    }

    /** The market named, upper-cased; DEFAULT when none is. An unknown market is an error naming the known ones. */
    static MarketChoice parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        if (!MarketComponents.codes().contains(code)) {
            throw new IllegalArgumentException("LINE_ENGAGE_MARKET must be one of "
                    + String.join(", ", MarketComponents.codes()) + ", not " + text);
        }
        return new MarketChoice(code);
    }
}
