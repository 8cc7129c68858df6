package io.lineengage.domain.campaign;

import java.util.Locale;

/** Why a recipient of a campaign gets nothing; reported as the lower-case name. */
public enum SkipReason {
    NO_LINE_IDENTITY,
    NOT_FOLLOWING,
    NO_CONSENT,
    CAPPED,
    MISSING_LABEL_VALUE,
    RENDERED_MESSAGE_INVALID;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
