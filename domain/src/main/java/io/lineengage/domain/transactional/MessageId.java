package io.lineengage.domain.transactional;

import java.util.Objects;
import java.util.UUID;

/** A transactional message's delivery ID: what the sender keeps to ask for its outcome. */
public record MessageId(String value) {
    public MessageId {
        Objects.requireNonNull(value, "value");
    }

    public static MessageId generate() {
        return new MessageId("msg_" + UUID.randomUUID().toString().replace("-", ""));
    }

    @Override
    public String toString() {
        return value;
    }
}
