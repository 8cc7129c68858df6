package io.lineengage.domain.audience;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAmount;
import java.util.Objects;

/**
 * The "now" a filter is evaluated at, and the org's time zone in which days (birthdays, date attributes) are read.
 * Both evaluators take their bounds from here, so that they agree to the microsecond.
 */
public record EvaluationTime(Instant now, ZoneId zone) {
    public EvaluationTime {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(zone, "zone");
    }

    /** The first moment {@code within amount} includes; the last is now. */
    public Instant since(TemporalAmount amount) {
        return now.atZone(zone).minus(amount).toInstant();
    }

    /** The first day {@code within amount} includes; the last is today. */
    public LocalDate sinceDay(TemporalAmount amount) {
        return since(amount).atZone(zone).toLocalDate();
    }

    public LocalDate today() {
        return now.atZone(zone).toLocalDate();
    }
}
