package io.lineengage.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.lineengage.sandbox.rules.Violation;
import java.util.List;
import java.util.Map;

/** Ends a LINE API call with LINE's error shape: {@code {message, details[{message, property}]}}. */
final class LineError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final transient List<Violation> details;
    final transient Map<String, String> headers;
    /** Push's 409 repeats the first answer's {@code sentMessages}; null elsewhere. */
    final transient JsonNode sentMessages;

    LineError(int status, String message, List<Violation> details, Map<String, String> headers, JsonNode sentMessages) {
        super(message);
        this.status = status;
        this.details = List.copyOf(details);
        this.headers = Map.copyOf(headers);
        this.sentMessages = sentMessages;
    }

    LineError(int status, String message) {
        this(status, message, List.of(), Map.of(), null);
    }

    static LineError invalid(List<Violation> violations) {
        return new LineError(
                400, "The request body has " + violations.size() + " error(s)", violations, Map.of(), null);
    }

    static LineError invalid(String message, String property) {
        return invalid(List.of(new Violation(message, property)));
    }
}
