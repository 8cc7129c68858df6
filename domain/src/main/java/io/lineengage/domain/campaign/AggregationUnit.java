package io.lineengage.domain.campaign;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A campaign's custom aggregation unit at LINE: the name its calls carry so that LINE counts its impressions and
 * clicks apart ({@code ^[a-zA-Z0-9_]{1,30}$}). Each channel may use 1,000 names a calendar month (LINE's month, in
 * Japan), so a name is spent per channel and month the first time a call of the campaign carries it there.
 */
public record AggregationUnit(String name) {
    public static final int NAMES_PER_CHANNEL_AND_MONTH = 1_000;
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_]{1,30}");
    /** LINE's calendar (months of names, days of statistics) is Japan's. */
    public static final ZoneId LINE_ZONE = ZoneId.of("Asia/Tokyo");

    public AggregationUnit {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an aggregation unit name LINE takes: " + name);
        }
    }

    /** The campaign's own name: its ID's hexadecimal part, cut to LINE's 30 characters (still 116 random bits). */
    public static AggregationUnit of(CampaignId campaign) {
        String hex = campaign.value().replaceAll("[^a-zA-Z0-9]", "").toLowerCase(Locale.ROOT);
        String name = "le_" + (hex.startsWith("cmp") ? hex.substring(3) : hex);
        return new AggregationUnit(name.length() > 30 ? name.substring(0, 30) : name);
    }

    /** The month whose names a call at {@code at} spends. */
    public static YearMonth monthAt(Instant at) {
        return YearMonth.from(at.atZone(LINE_ZONE));
    }
}
