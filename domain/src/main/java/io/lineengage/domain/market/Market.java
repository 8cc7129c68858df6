package io.lineengage.domain.market;

import java.time.ZoneId;
import java.util.Objects;

/**
 * The values that differ between the markets line-engage is deployed for: the time zone an org gets when it names
 * none, and the region used to read phone numbers written without a country code. Each market's Dagger module makes
 * its own; the adapters that differ (LINE notification messages) are chosen by its component.
 */
public record Market(String code, ZoneId defaultTimeZone, String defaultPhoneRegion) {
    public static final Market DEFAULT = new Market("DEFAULT", ZoneId.of("UTC"), "ZZ");

    public Market {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(defaultTimeZone, "defaultTimeZone");
        Objects.requireNonNull(defaultPhoneRegion, "defaultPhoneRegion");
    }
}
