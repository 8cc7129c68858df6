package io.lineengage.domain.subscription;

/** Whether a LINE user follows an account: FOLLOWING, BLOCKED (unfollowed), or UNKNOWN (never heard of). */
public enum SubscriptionStatus {
    FOLLOWING,
    BLOCKED,
    UNKNOWN
}
