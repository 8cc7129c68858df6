package io.lineengage.domain.template;

import io.lineengage.domain.error.FieldErrors;
import io.lineengage.domain.json.JsonLike;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * The labels a template may use: {@code name}, {@code firstName}, {@code mobile}, {@code email},
 * {@code externalId}, {@code lineDisplayName}, and {@code attributes.<name>} for the org's registered attributes.
 */
public final class TemplateLabels {
    public static final Set<String> CUSTOMER =
            Set.of("name", "firstName", "mobile", "email", "externalId", "lineDisplayName");

    private TemplateLabels() {}

    /** Reports every label that names nothing this org has, with the path of the text holding it. */
    public static void check(JsonLike messages, String path, Set<String> attributes, FieldErrors errors) {
        strings(messages, path, (at, text) -> {
            for (Label label : Label.in(text)) {
                boolean known = CUSTOMER.contains(label.name())
                        || (label.name().startsWith("attributes.")
                                && attributes.contains(label.name().substring("attributes.".length())));
                if (!known) {
                    TreeSet<String> names = new TreeSet<>(CUSTOMER);
                    attributes.forEach(attribute -> names.add("attributes." + attribute));
                    errors.add(at, "unknown label {{" + label.name() + "}}; labels: " + String.join(", ", names));
                }
            }
        });
    }

    /** Whether any text value holds a label that {@code which} accepts. */
    static boolean uses(JsonLike messages, Predicate<Label> which) {
        boolean[] found = {false};
        strings(messages, "", (at, text) -> found[0] |= Label.in(text).stream().anyMatch(which));
        return found[0];
    }

    /** Every text value in the JSON with its path. */
    static void strings(JsonLike json, String path, BiConsumer<String, String> visit) {
        if (json instanceof JsonLike.JString text) {
            visit.accept(path, text.value());
        } else if (json instanceof JsonLike.JArray array) {
            for (int i = 0; i < array.items().size(); i++) {
                strings(array.items().get(i), path + "[" + i + "]", visit);
            }
        } else if (json instanceof JsonLike.JObject object) {
            object.fields().forEach((key, value) -> strings(value, path + "." + key, visit));
        }
    }
}
