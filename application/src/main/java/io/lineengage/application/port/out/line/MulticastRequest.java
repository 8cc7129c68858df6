package io.lineengage.application.port.out.line;

import io.lineengage.domain.message.LineMessage;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** One multicast: the same messages to up to 500 users of one channel, under the caller's stored retry key. */
public record MulticastRequest(
        List<String> to,
        List<LineMessage> messages,
        boolean notificationDisabled,
        Optional<String> aggregationUnit,
        UUID retryKey) {
    public static final int MAX_RECIPIENTS = 500;

    public MulticastRequest {
        Objects.requireNonNull(retryKey, "retryKey");
        to = List.copyOf(to);
        messages = List.copyOf(messages);
        if (to.isEmpty() || to.size() > MAX_RECIPIENTS) {
            throw new IllegalArgumentException("a multicast goes to 1 to " + MAX_RECIPIENTS + " users");
        }
        if (messages.isEmpty() || messages.size() > 5) {
            throw new IllegalArgumentException("a multicast carries 1 to 5 messages");
        }
        aggregationUnit = aggregationUnit == null ? Optional.empty() : aggregationUnit;
    }

    public static MulticastRequest of(List<String> to, List<LineMessage> messages, UUID retryKey) {
        return new MulticastRequest(to, messages, false, Optional.empty(), retryKey);
    }
}
