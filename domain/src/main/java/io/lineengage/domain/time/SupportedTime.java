package io.lineengage.domain.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.TemporalAmount;

/**
 * The times the service takes in: years 0001 to 9999. Java reads far more ("+999999999-12-31"), PostgreSQL keeps
 * timestamps only to the year 294276, and arithmetic near Java's own ends overflows; no brand's data lies outside.
 */
public final class SupportedTime {
    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");
    /** The longest span back from now a filter may ask for ({@code within}). */
    public static final Period LONGEST_BACK = Period.ofYears(200);
    /** 200 years of 365.25 days. */
    private static final long LONGEST_BACK_DAYS = 73_050;

    private SupportedTime() {}

    public static boolean holds(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }

    public static boolean holds(LocalDate day) {
        return day.getYear() >= 1 && day.getYear() <= 9999;
    }

    /** Whether {@code amount} (a Period or a Duration, not negative) is at most {@link #LONGEST_BACK}. */
    public static boolean holdsBack(TemporalAmount amount) {
        if (amount instanceof Period period) {
            // A month counted as 30.4375 days (487/16), so that P200Y is exactly 73,050 days; longs cannot overflow
            // here.
            return period.toTotalMonths() * 487 / 16 + period.getDays() <= LONGEST_BACK_DAYS;
        }
        return ((Duration) amount).compareTo(Duration.ofDays(LONGEST_BACK_DAYS)) <= 0;
    }
}
