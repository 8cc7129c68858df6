package io.lineengage.domain.campaign;

import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.time.SupportedTime;
import java.time.Period;
import java.util.Objects;

/** At most {@code max} campaign messages per customer within {@code within} before now; more are skipped ("capped"). */
public record FrequencyCap(int max, Period within) {
    public FrequencyCap {
        Objects.requireNonNull(within, "within");
        if (max < 1 || within.isNegative() || within.isZero() || !SupportedTime.holdsBack(within)) {
            throw ValidationException.of(
                    "frequencyCap", "must be {\"max\": 1 or more, \"within\": a period such as P7D, at most P200Y}");
        }
    }

    /** Whether a customer who was sent {@code sentWithin} campaign messages in the period may get one more. */
    public boolean allows(long sentWithin) {
        return sentWithin < max;
    }
}
