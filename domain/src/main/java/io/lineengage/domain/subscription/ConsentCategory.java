package io.lineengage.domain.subscription;

/** What a message is for: promotions (campaigns on BULK gateways) or transactions (receipts, OTPs). */
public enum ConsentCategory {
    PROMOTIONAL,
    TRANSACTIONAL
}
