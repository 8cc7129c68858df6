package io.lineengage.domain.json;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value without a JSON library: adapters turn the JSON they read into this, so that filters are parsed (and
 * their mistakes reported by path) in the domain.
 */
public sealed interface JsonLike {
    record JObject(Map<String, JsonLike> fields) implements JsonLike {
        public JObject {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }

    record JArray(List<JsonLike> items) implements JsonLike {
        public JArray {
            items = List.copyOf(items);
        }
    }

    record JString(String value) implements JsonLike {}

    record JNumber(BigDecimal value) implements JsonLike {}

    record JBool(boolean value) implements JsonLike {}

    record JNull() implements JsonLike {}
}
