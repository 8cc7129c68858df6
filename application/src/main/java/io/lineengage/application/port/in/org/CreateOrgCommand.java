package io.lineengage.application.port.in.org;

import io.lineengage.domain.error.FieldErrors;
import io.lineengage.domain.org.Org;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/** A new org: its name, and optionally an IANA time zone (the market's default when absent). */
public record CreateOrgCommand(String name, Optional<ZoneId> timeZone) {
    public CreateOrgCommand {
        new FieldErrors().requireText(name, "name", Org.NAME_MAX_LENGTH).throwIfAny();
        name = name.strip();
        timeZone = timeZone == null ? Optional.empty() : timeZone;
    }

    /** Reads the time zone as the caller wrote it, so a bad one is reported against the {@code timeZone} field. */
    public static CreateOrgCommand of(String name, String timeZone) {
        FieldErrors errors = new FieldErrors().requireText(name, "name", Org.NAME_MAX_LENGTH);
        Optional<ZoneId> zone = Optional.empty();
        if (timeZone != null) {
            try {
                zone = Optional.of(ZoneId.of(timeZone));
            } catch (DateTimeException e) {
                errors.add("timeZone", "is not a known time zone (use an IANA name such as Asia/Tokyo)");
            }
        }
        errors.throwIfAny();
        return new CreateOrgCommand(name, zone);
    }
}
