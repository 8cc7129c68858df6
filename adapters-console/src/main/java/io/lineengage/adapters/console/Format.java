package io.lineengage.adapters.console;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the console writes moments and numbers: UTC to the second, as the API does. */
final class Format {
    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private Format() {}

    static String moment(Instant instant) {
        return MOMENT.format(instant);
    }
}
