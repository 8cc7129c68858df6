package io.lineengage.adapters.persistence.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lineengage.domain.json.JsonLike;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON kept as written (saved filters, template messages): {@link JsonLike} to the text of a json column and back. */
public final class JsonDocuments {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private JsonDocuments() {
    }

    public static String write(JsonLike filter) {
        try {
            return JSON.writeValueAsString(node(filter));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonLike read(String text) {
        try {
            return like(JSON.readTree(text));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode node(JsonLike json) {
        JsonNodeFactory nodes = JsonNodeFactory.withExactBigDecimals(true);
        if (json instanceof JsonLike.JObject object) {
            ObjectNode node = nodes.objectNode();
            object.fields().forEach((key, value) -> node.set(key, node(value)));
            return node;
        }
        if (json instanceof JsonLike.JArray array) {
            ArrayNode node = nodes.arrayNode();
            array.items().forEach(item -> node.add(node(item)));
            return node;
        }
        if (json instanceof JsonLike.JString text) {
            return nodes.textNode(text.value());
        }
        if (json instanceof JsonLike.JNumber number) {
            return nodes.numberNode(number.value());
        }
        if (json instanceof JsonLike.JBool bool) {
            return nodes.booleanNode(bool.value());
        }
        return nodes.nullNode();
    }

    private static JsonLike like(JsonNode node) {
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
}
