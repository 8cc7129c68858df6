package io.lineengage.adapters.http.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lineengage.domain.json.JsonLike;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON the domain reads itself (filters, LINE messages): Jackson trees to {@link JsonLike} and back, exactly. */
public final class JsonTrees {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private JsonTrees() {}

    public static JsonLike like(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return new JsonLike.JNull();
        }
        if (node.isObject()) {
            Map<String, JsonLike> fields = new LinkedHashMap<>();
            node.properties().forEach(entry -> fields.put(entry.getKey(), like(entry.getValue())));
            return new JsonLike.JObject(fields);
        }
        if (node.isArray()) {
            List<JsonLike> items = new ArrayList<>();
            node.forEach(item -> items.add(like(item)));
            return new JsonLike.JArray(items);
        }
        if (node.isTextual()) {
            return new JsonLike.JString(node.textValue());
        }
        if (node.isNumber()) {
            return new JsonLike.JNumber(node.decimalValue());
        }
        if (node.isBoolean()) {
            return new JsonLike.JBool(node.booleanValue());
        }
        return new JsonLike.JNull();
    }

    public static JsonNode node(JsonLike json) {
        if (json instanceof JsonLike.JObject object) {
            ObjectNode node = NODES.objectNode();
            object.fields().forEach((key, value) -> node.set(key, node(value)));
            return node;
        }
        if (json instanceof JsonLike.JArray array) {
            ArrayNode node = NODES.arrayNode();
            array.items().forEach(item -> node.add(node(item)));
            return node;
        }
        if (json instanceof JsonLike.JString text) {
            return NODES.textNode(text.value());
        }
        if (json instanceof JsonLike.JNumber number) {
            return NODES.numberNode(number.value());
        }
        if (json instanceof JsonLike.JBool bool) {
            return NODES.booleanNode(bool.value());
        }
        return NODES.nullNode();
    }
}
