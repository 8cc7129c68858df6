package io.lineengage.domain.interaction;

import io.lineengage.domain.json.JsonLike;
import java.util.Optional;

/**
 * What a timeline shows of a message: the first text, or the first message's type and alternative text, cut to
 * {@link #MAX} characters (whole code points).
 */
public final class MessageExcerpt {
    public static final int MAX = 100;

    private MessageExcerpt() {}

    public static Optional<String> of(JsonLike messages) {
        if (!(messages instanceof JsonLike.JArray array) || array.items().isEmpty()) {
            return Optional.empty();
        }
        for (JsonLike message : array.items()) {
            if (text(message, "type").filter("text"::equals).isPresent()) {
                return text(message, "text").map(MessageExcerpt::cut);
            }
        }
        JsonLike first = array.items().get(0);
        String type = text(first, "type").orElse("message");
        return Optional.of(cut(
                "[" + type + "]" + text(first, "altText").map(alt -> " " + alt).orElse("")));
    }

    private static Optional<String> text(JsonLike message, String field) {
        if (message instanceof JsonLike.JObject object
                && object.fields().get(field) instanceof JsonLike.JString string) {
            return Optional.of(string.value());
        }
        return Optional.empty();
    }

    private static String cut(String text) {
        if (text.codePointCount(0, text.length()) <= MAX) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX - 1)) + "…";
    }
}
