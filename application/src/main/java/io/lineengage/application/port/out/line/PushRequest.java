package io.lineengage.application.port.out.line;

import io.lineengage.domain.message.LineMessage;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One push: messages to one user, under a retry key that the caller stored before the call, so that a retry (after a
 * timeout, a 5xx, a restart) can never deliver twice.
 */
public record PushRequest(
        String to,
        List<LineMessage> messages,
        boolean notificationDisabled,
        Optional<String> aggregationUnit,
        UUID retryKey) {
    public PushRequest {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(retryKey, "retryKey");
        messages = List.copyOf(messages);
        if (messages.isEmpty() || messages.size() > 5) {
            throw new IllegalArgumentException("a push carries 1 to 5 messages");
        }
        aggregationUnit = aggregationUnit == null ? Optional.empty() : aggregationUnit;
    }

    public static PushRequest of(String to, List<LineMessage> messages, UUID retryKey) {
        return new PushRequest(to, messages, false, Optional.empty(), retryKey);
    }
}
