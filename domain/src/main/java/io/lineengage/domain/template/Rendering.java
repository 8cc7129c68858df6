package io.lineengage.domain.template;

import io.lineengage.domain.error.FieldError;
import io.lineengage.domain.error.FieldErrors;
import io.lineengage.domain.json.JsonLike;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A template made into the messages for one recipient, or the reason that recipient is skipped. Labels are replaced
 * inside text values only, so a value can never add JSON structure; in a URL, a value after the start is
 * percent-encoded. The result is checked against LINE's limits again, per recipient.
 */
public sealed interface Rendering {
    String MISSING_LABEL_VALUE = "missing_label_value";
    String RENDERED_MESSAGE_INVALID = "rendered_message_invalid";

    record Rendered(JsonLike messages) implements Rendering {}

    record Skipped(String reason, String detail) implements Rendering {}

    static Rendering of(JsonLike messages, Recipient recipient) {
        List<String> missing = new ArrayList<>();
        JsonLike rendered = render(messages, "messages", null, recipient, missing);
        if (!missing.isEmpty()) {
            return new Skipped(MISSING_LABEL_VALUE, String.join("; ", missing));
        }
        FieldErrors errors = MessageReader.checkRendered(rendered, "messages");
        if (!errors.isEmpty()) {
            FieldError first = errors.list().get(0);
            return new Skipped(RENDERED_MESSAGE_INVALID, first.field() + ": " + first.message());
        }
        return new Rendered(rendered);
    }

    private static JsonLike render(JsonLike json, String path, String key, Recipient recipient, List<String> missing) {
        if (json instanceof JsonLike.JString text && !"type".equals(key)) {
            boolean url = key != null
                    && (key.endsWith("Url")
                            || Set.of("uri", "linkUri", "desktop").contains(key));
            String value = text.value();
            String replaced = Label.replace(value, (label, start) -> {
                Optional<String> filled = recipient.value(label.name()).or(label::fallback);
                if (filled.isEmpty()) {
                    missing.add("{{" + label.name() + "}} at " + path);
                    return "";
                }
                // A URL that starts with a label is the customer's own URL; anywhere else the value is data in it.
                return url && start > 0
                        ? URLEncoder.encode(filled.get(), StandardCharsets.UTF_8)
                                .replace("+", "%20")
                        : filled.get();
            });
            return new JsonLike.JString(replaced);
        }
        if (json instanceof JsonLike.JArray array) {
            List<JsonLike> items = new ArrayList<>();
            for (int i = 0; i < array.items().size(); i++) {
                items.add(render(array.items().get(i), path + "[" + i + "]", key, recipient, missing));
            }
            return new JsonLike.JArray(items);
        }
        if (json instanceof JsonLike.JObject object) {
            Map<String, JsonLike> fields = new LinkedHashMap<>();
            object.fields()
                    .forEach((name, value) ->
                            fields.put(name, render(value, path + "." + name, name, recipient, missing)));
            return new JsonLike.JObject(fields);
        }
        return json;
    }
}
