package io.lineengage.domain.customer;

/** The type of a customer attribute, registered per org so that audience filters can be checked against it. */
public enum AttributeType {
    STRING,
    NUMBER,
    BOOLEAN,
    DATE
}
