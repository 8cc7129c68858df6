package io.lineengage.adapters.http.customer;

import com.fasterxml.jackson.databind.JsonNode;
import io.lineengage.adapters.http.web.JsonBody;
import io.lineengage.application.port.in.customer.UpsertCustomerCommand;
import io.lineengage.domain.customer.AttributeValue;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.customer.RawValue;
import io.lineengage.domain.org.OrgId;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Customers in JSON: a request body (or NDJSON line) read into a command, and a customer written out. */
public final class CustomerJson {
    static final Set<String> FIELDS = Set.of("externalId", "name", "mobile", "email", "attributes", "tags");

    private CustomerJson() {}

    static UpsertCustomerCommand command(OrgId orgId, long line, JsonBody body) {
        String externalId = body.requiredText("externalId");
        String name = body.optionalText("name");
        String mobile = body.optionalText("mobile");
        String email = body.optionalText("email");
        Map<String, RawValue> attributes = new LinkedHashMap<>();
        JsonNode attributesNode = body.optionalNode("attributes");
        if (attributesNode != null) {
            if (!attributesNode.isObject()) {
                body.reject("attributes", "must be an object of attribute name to value");
            } else {
                for (Iterator<Map.Entry<String, JsonNode>> it = attributesNode.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> entry = it.next();
                    JsonNode value = entry.getValue();
                    if (value.isTextual()) {
                        attributes.put(entry.getKey(), new RawValue.Str(value.textValue(), false));
                    } else if (value.isNumber()) {
                        attributes.put(entry.getKey(), new RawValue.Num(value.decimalValue()));
                    } else if (value.isBoolean()) {
                        attributes.put(entry.getKey(), new RawValue.Boolean(value.booleanValue()));
                    } else if (!value.isNull()) {
                        body.reject("attributes." + entry.getKey(), "must be a string, number or boolean");
                    }
                }
            }
        }
        Optional<Set<String>> tags = Optional.empty();
        JsonNode tagsNode = body.optionalNode("tags");
        if (tagsNode != null) {
            Set<String> set = new LinkedHashSet<>();
            if (!tagsNode.isArray()) {
                body.reject("tags", "must be an array of strings");
            } else {
                tagsNode.forEach(tag -> {
                    if (tag.isTextual()) {
                        set.add(tag.textValue());
                    } else {
                        body.reject("tags", "must be an array of strings");
                    }
                });
            }
            tags = Optional.of(set);
        }
        body.validate();
        return new UpsertCustomerCommand(
                orgId,
                line,
                externalId,
                Optional.ofNullable(name),
                Optional.ofNullable(mobile),
                Optional.ofNullable(email),
                attributes,
                tags);
    }

    public static Map<String, Object> body(Customer customer) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", customer.id().value());
        body.put("externalId", customer.externalId().orElse(null));
        body.put("kind", customer.kind().name());
        body.put("name", customer.name().orElse(null));
        body.put("mobile", customer.mobile().orElse(null));
        body.put("email", customer.email().orElse(null));
        Map<String, Object> attributes = new LinkedHashMap<>();
        new TreeMap<>(customer.attributes()).forEach((name, value) -> attributes.put(name, jsonValue(value)));
        body.put("attributes", attributes);
        body.put("tags", customer.tags().stream().sorted().toList());
        body.put("createdAt", customer.createdAt());
        body.put("updatedAt", customer.updatedAt());
        return body;
    }

    private static Object jsonValue(AttributeValue value) {
        if (value instanceof AttributeValue.Text text) {
            return text.value();
        } else if (value instanceof AttributeValue.Number number) {
            return number.value();
        } else if (value instanceof AttributeValue.Bool bool) {
            return bool.value();
        }
        return ((AttributeValue.Day) value).value().toString();
    }
}
