package io.lineengage.domain.gateway;

/** BULK gateways carry campaigns (promotional consent); TRANSACTIONAL ones carry receipts and OTPs. */
public enum PriorityClass {
    BULK,
    TRANSACTIONAL
}
