package io.lineengage.bootstrap;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the market a Dagger component is built for ({@code LINE_ENGAGE_MARKET}). Every component so marked in this
 * package is found at start-up ({@link MarketComponents}): adding a market needs no edit elsewhere.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface ForMarket {
    /** The market's code, upper case: "JP", "TH", ... */
    String value();
}
