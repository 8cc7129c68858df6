package io.lineengage.domain.interaction;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of things a customer's interaction timeline holds; asked for and reported by their lower-case code. */
public enum TimelineType {
    CAMPAIGN_MESSAGE,
    TEST_MESSAGE,
    TRANSACTIONAL_MESSAGE,
    FOLLOW,
    UNFOLLOW,
    MESSAGE,
    POSTBACK,
    ACCOUNT_LINK,
    CONSENT_CHANGE,
    CLICK,
    JOURNEY_STEP;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TimelineType> ofCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code().equals(code)).findFirst();
    }

    /** Messages the brand sent, as opposed to what the customer did. */
    public boolean sent() {
        return this == CAMPAIGN_MESSAGE || this == TEST_MESSAGE || this == TRANSACTIONAL_MESSAGE;
    }
}
