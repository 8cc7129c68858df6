package io.lineengage.domain.customer;

/**
 * REGULAR: a customer the brand knows (by external ID). LINE_ONLY: someone who followed a LINE account before the
 * brand linked them to a customer; such a profile merges into the real customer when linked.
 */
public enum CustomerKind {
    REGULAR,
    LINE_ONLY
}
