package io.lineengage.adapters.persistence.customer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lineengage.domain.customer.AttributeType;
import io.lineengage.domain.customer.AttributeValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Attributes as stored: a JSON object with native values (dates as YYYY-MM-DD text), so SQL can compare them; read
 * back with the org's catalogue, which tells a date from a text.
 */
final class AttributeJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AttributeJson() {}

    static String write(Map<String, AttributeValue> attributes) {
        ObjectNode node = JSON.createObjectNode();
        attributes.forEach((name, value) -> {
            if (value instanceof AttributeValue.Text text) {
                node.put(name, text.value());
            } else if (value instanceof AttributeValue.Number number) {
                node.put(name, number.value());
            } else if (value instanceof AttributeValue.Bool bool) {
                node.put(name, bool.value());
            } else if (value instanceof AttributeValue.Day day) {
                node.put(name, day.value().toString());
            }
        });
        return node.toString();
    }

    static List<String> names(String json) {
        try {
            List<String> names = new ArrayList<>();
            JSON.readTree(json).fieldNames().forEachRemaining(names::add);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("stored attributes are not JSON", e);
        }
    }

    static Map<String, AttributeValue> read(String json, Map<String, AttributeType> catalogue) {
        try {
            JsonNode node = JSON.readTree(json);
            Map<String, AttributeValue> attributes = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                if (value.isNumber()) {
                    attributes.put(field.getKey(), new AttributeValue.Number(value.decimalValue()));
                } else if (value.isBoolean()) {
                    attributes.put(field.getKey(), new AttributeValue.Bool(value.booleanValue()));
                } else if (catalogue.get(field.getKey()) == AttributeType.DATE) {
                    attributes.put(field.getKey(), new AttributeValue.Day(LocalDate.parse(value.asText())));
                } else {
                    attributes.put(field.getKey(), new AttributeValue.Text(value.asText()));
                }
            }
            return attributes;
        } catch (IOException e) {
            throw new UncheckedIOException("stored attributes are not JSON", e);
        }
    }
}
