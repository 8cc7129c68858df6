package io.lineengage.domain.account;

/** How the account's access tokens come: given by the brand (long-lived), or issued from channel ID and secret. */
public enum TokenMode {
    LONG_LIVED,
    ISSUED
}
