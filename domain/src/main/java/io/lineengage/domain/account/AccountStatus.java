package io.lineengage.domain.account;

/** Whether line-engage sends through the account. A disabled account still takes webhooks, so its state stays live. */
public enum AccountStatus {
    ACTIVE,
    DISABLED
}
