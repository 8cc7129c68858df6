package io.lineengage.domain.tracking;

import io.lineengage.domain.json.JsonLike;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Replaces every URL a recipient could open in LINE message objects: the {@code uri} of URI actions (in templates,
 * quick replies and Flex messages alike) and the {@code linkUri} of imagemap actions. Everything else is kept as is.
 */
public final class LinkRewriting {
    private LinkRewriting() {}

    /** {@code messages} with each such URL replaced by what {@code link} makes of it, in document order. */
    public static JsonLike rewrite(JsonLike messages, UnaryOperator<String> link) {
        if (messages instanceof JsonLike.JArray array) {
            List<JsonLike> items = new ArrayList<>();
            array.items().forEach(item -> items.add(rewrite(item, link)));
            return new JsonLike.JArray(items);
        }
        if (messages instanceof JsonLike.JObject object) {
            boolean uriAction = object.fields().get("type") instanceof JsonLike.JString type
                    && type.value().equals("uri");
            Map<String, JsonLike> fields = new LinkedHashMap<>();
            object.fields().forEach((name, value) -> {
                if (uriAction
                        && (name.equals("uri") || name.equals("linkUri"))
                        && value instanceof JsonLike.JString url) {
                    fields.put(name, new JsonLike.JString(link.apply(url.value())));
                } else {
                    fields.put(name, rewrite(value, link));
                }
            });
            return new JsonLike.JObject(fields);
        }
        return messages;
    }
}
