package io.lineengage.domain.json;

import io.lineengage.domain.json.JsonLike.JArray;
import io.lineengage.domain.json.JsonLike.JBool;
import io.lineengage.domain.json.JsonLike.JNumber;
import io.lineengage.domain.json.JsonLike.JObject;
import io.lineengage.domain.json.JsonLike.JString;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds JSON (filters, LINE messages) in tests without a JSON library. */
public final class Json {
    private Json() {}

    public static JObject obj(Object... keysAndValues) {
        Map<String, JsonLike> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put((String) keysAndValues[i], json(keysAndValues[i + 1]));
        }
        return new JObject(fields);
    }

    public static JArray arr(Object... items) {
        return new JArray(Arrays.stream(items).map(Json::json).toList());
    }

    public static JsonLike json(Object value) {
        if (value instanceof JsonLike json) {
            return json;
        }
        if (value instanceof String text) {
            return new JString(text);
        }
        if (value instanceof Boolean bool) {
            return new JBool(bool);
        }
        if (value instanceof Number number) {
            return new JNumber(new BigDecimal(number.toString()));
        }
        throw new IllegalArgumentException(String.valueOf(value));
    }

    public static JObject cond(String field, String op, Object value) {
        return obj("field", field, "op", op, "value", value);
    }
}
