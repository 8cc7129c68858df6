package io.lineengage.domain.market;

import java.time.ZoneId;
import java.util.Objects;

/**
 * What differs between the markets line-engage is deployed for: the time zone an org gets when it names none,
 * and the region used to read phone numbers written without a country code.
 */
public record Market(String code, ZoneId defaultTimeZone, String defaultPhoneRegion) {
    public static final Market DEFAULT = new Market("DEFAULT", ZoneId.of("UTC"), "ZZ");
    public static final Market JAPAN = new Market("JP", ZoneId.of("Asia/Tokyo"), "JP");

    public Market {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(defaultTimeZone, "defaultTimeZone");
        Objects.requireNonNull(defaultPhoneRegion, "defaultPhoneRegion");
    }
}
