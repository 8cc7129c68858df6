package io.lineengage.sandbox.rules;

/** One broken rule, as LINE reports it in an error's {@code details}: what is wrong, and where. */
public record Violation(String message, String property) {}
