package io.lineengage.adapters.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lineengage.domain.json.JsonLike;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The domain's JSON tree ({@link JsonLike}, which the domain reads with path-precise validation) built with Jackson:
 * from and to Jackson trees, and from and to JSON text. Numbers keep their exact decimal value, objects their key
 * order.
 */
public final class JsonLikeJackson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper JSON = JsonMapper.builder()
            .nodeFactory(NODES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonLikeJackson() {}

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

    /** The JSON value {@code text} holds; {@link IllegalArgumentException} when it is not JSON (or has more after). */
    public static JsonLike read(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new IllegalArgumentException("not JSON: no value");
            }
            return like(node);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static String write(JsonLike json) {
        try {
            return JSON.writeValueAsString(node(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }
}
