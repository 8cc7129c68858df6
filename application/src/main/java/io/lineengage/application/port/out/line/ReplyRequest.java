package io.lineengage.application.port.out.line;

import io.lineengage.domain.message.LineMessage;
import java.util.List;
import java.util.Objects;

/** One reply: messages answering the webhook event whose token this is. */
public record ReplyRequest(String replyToken, List<LineMessage> messages, boolean notificationDisabled) {
    public ReplyRequest {
        Objects.requireNonNull(replyToken, "replyToken");
        messages = List.copyOf(messages);
        if (messages.isEmpty() || messages.size() > 5) {
            throw new IllegalArgumentException("a reply carries 1 to 5 messages");
        }
    }
}
