package io.lineengage.domain.campaign;

import io.lineengage.domain.error.ValidationException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Hours of the org's day when a campaign sends nothing, from {@code start} (inclusive) to {@code end} (exclusive);
 * the window may cross midnight (21:00–08:00).
 */
public record QuietHours(LocalTime start, LocalTime end) {
    public QuietHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.equals(end)) {
            throw ValidationException.of("quietHours", "start and end must differ");
        }
    }

    public boolean contains(LocalTime time) {
        return start.isBefore(end)
                ? !time.isBefore(start) && time.isBefore(end)
                : !time.isBefore(start) || time.isBefore(end);
    }

    /** {@code now} when it is not quiet, else the moment the quiet hours end, in {@code zone}. */
    public Instant nextAllowed(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        if (!contains(local.toLocalTime())) {
            return now;
        }
        ZonedDateTime end = local.with(this.end);
        if (!end.isAfter(local)) {
            end = end.plusDays(1);
        }
        return end.toInstant();
    }
}
