package io.lineengage.adapters.http.customer;

import io.lineengage.adapters.http.web.JsonBody;
import io.lineengage.application.port.in.customer.UpsertCustomerCommand;
import io.lineengage.domain.customer.AttributeValue;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.customer.RawValue;
import io.lineengage.domain.org.OrgId;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
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
        body.optionalScalars("attributes").forEach((attribute, value) -> attributes.put(attribute, raw(value)));
        Optional<Set<String>> tags = body.optionalTextSet("tags");
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

    private static RawValue raw(Object scalar) {
        if (scalar instanceof String text) {
            return new RawValue.Str(text, false);
        }
        if (scalar instanceof BigDecimal number) {
            return new RawValue.Num(number);
        }
        return new RawValue.Boolean((Boolean) scalar);
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
