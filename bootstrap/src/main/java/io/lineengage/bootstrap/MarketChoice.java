package io.lineengage.bootstrap;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The markets a deployment can be built for; each is its own Dagger component. */
public enum MarketChoice {
    DEFAULT,
    JP;

    static MarketChoice parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("LINE_ENGAGE_MARKET must be one of "
                    + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")) + ", not " + text);
        }
    }
}
