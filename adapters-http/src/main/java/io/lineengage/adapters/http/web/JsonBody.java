package io.lineengage.adapters.http.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.lineengage.adapters.json.JsonLikeJackson;
import io.lineengage.domain.error.FieldErrors;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.text.StoredText;
import io.lineengage.domain.time.SupportedTime;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A request's JSON object, read field by field so that every wrong field is reported by name: a missing
 * required field, a value of the wrong JSON type, or a field the route does not know (usually a typo).
 */
public final class JsonBody {
    private final ObjectNode object;
    private final FieldErrors errors = new FieldErrors();

    private JsonBody(ObjectNode object) {
        this.object = object;
    }

    /** A JSON object already parsed (an NDJSON line), checked the same way. */
    public static JsonBody of(JsonNode node, Set<String> knownFields) {
        if (!node.isObject()) {
            throw ValidationException.of("body", "must be a JSON object");
        }
        FieldErrors unstorable = new FieldErrors();
        checkValues(node, "", unstorable);
        unstorable.throwIfAny();
        JsonBody body = new JsonBody((ObjectNode) node);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!knownFields.contains(name)) {
                body.errors.add(name, "is not a known field");
            }
        }
        return body;
    }

    /**
     * Refuses, by path, what no field may hold wherever it stands: text PostgreSQL cannot store or that carries
     * control characters ({@link StoredText}), in values and in field names, and numbers beyond a double's range
     * (1e999 would read as infinity). Checked before any field is read, so no route passes such a value on.
     */
    private static void checkValues(JsonNode node, String path, FieldErrors errors) {
        if (node.isTextual()) {
            StoredText.fault(node.textValue()).ifPresent(fault -> errors.add(orBody(path), fault));
        } else if (node.isNumber()) {
            double value = node.doubleValue();
            if (!Double.isFinite(value) || value == 0 && node.decimalValue().signum() != 0) {
                errors.add(orBody(path), "is a number out of range (at most about ±1.8e308, at least about ±4.9e-324)");
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkValues(node.get(i), path + "[" + i + "]", errors);
            }
        } else if (node.isObject()) {
            node.properties().forEach(entry -> {
                Optional<String> nameFault = StoredText.fault(entry.getKey());
                if (nameFault.isPresent()) {
                    errors.add(orBody(path), "a field name " + nameFault.get());
                } else {
                    checkValues(
                            entry.getValue(), path.isEmpty() ? entry.getKey() : path + "." + entry.getKey(), errors);
                }
            });
        }
    }

    private static String orBody(String path) {
        return path.isEmpty() ? "body" : path;
    }

    /** Parses the body as a JSON object whose fields are all among {@code knownFields}. */
    public static JsonBody read(Context ctx, ObjectMapper json, Set<String> knownFields) {
        JsonNode node;
        try {
            byte[] bytes = ctx.bodyAsBytes();
            node = bytes.length == 0 ? null : json.readTree(bytes);
        } catch (IOException e) {
            throw ValidationException.of("body", "is not valid JSON: " + firstLine(e.getMessage()));
        }
        if (node == null || node.isMissingNode()) {
            throw ValidationException.of("body", "is required: a JSON object");
        }
        return of(node, knownFields);
    }

    /** The text of {@code field}, or null when it is absent or null. */
    public String optionalText(String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            errors.add(field, "must be a string");
            return null;
        }
        return value.textValue();
    }

    /** The text of {@code field}; a missing one is reported when {@link #validate()} runs. */
    public String requiredText(String field) {
        return present(field) ? optionalText(field) : null;
    }

    /** The raw JSON of {@code field}, for fields with a structure of their own; null when absent or null. */
    public JsonNode optionalNode(String field) {
        JsonNode value = object.get(field);
        return value == null || value.isNull() ? null : value;
    }

    /** The JSON of {@code field} as the domain's neutral tree, for values the domain reads by path (filters, messages). */
    public Optional<JsonLike> optionalJson(String field) {
        return Optional.ofNullable(optionalNode(field)).map(JsonLikeJackson::like);
    }

    /** As {@link #optionalJson}; a missing one is reported as required, with {@code what} it should hold. */
    public JsonLike requiredJson(String field, String what) {
        Optional<JsonLike> value = optionalJson(field);
        if (value.isEmpty()) {
            errors.add(field, "is required: " + what);
            return null;
        }
        return value.get();
    }

    /**
     * The ISO-8601 instant of {@code field} (years 0001 to 9999, what PostgreSQL and the clock arithmetic hold), if
     * present; a malformed or out-of-range one is reported.
     */
    public Optional<Instant> optionalInstant(String field) {
        String text = optionalText(field);
        if (text == null) {
            return Optional.empty();
        }
        try {
            Instant instant = Instant.parse(text);
            if (SupportedTime.holds(instant)) {
                return Optional.of(instant);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.add(field, "must be an ISO-8601 instant such as 2026-12-01T09:00:00Z, in the years 0001 to 9999");
        return Optional.empty();
    }

    /**
     * The IDs listed in {@code field} (an array of strings), each made by {@code id}; absent or null is none. A
     * field that is not an array, or an item that is not a string, is reported by its path ({@code gatewayIds[2]}).
     */
    public <T> List<T> optionalIdList(String field, String what, Function<String, T> id) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            errors.add(field, "must be an array of " + what + "s");
            return List.of();
        }
        List<T> ids = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i).isTextual() && !value.get(i).textValue().isBlank()) {
                ids.add(id.apply(value.get(i).textValue()));
            } else {
                errors.add(field + "[" + i + "]", "must be a " + what);
            }
        }
        return ids;
    }

    /** The distinct strings of the array in {@code field}, if present; a non-string item is reported by its index. */
    public Optional<Set<String>> optionalTextSet(String field) {
        JsonNode value = optionalNode(field);
        if (value == null) {
            return Optional.empty();
        }
        Set<String> texts = new LinkedHashSet<>();
        if (!value.isArray()) {
            errors.add(field, "must be an array of strings");
            return Optional.of(texts);
        }
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i).isTextual()) {
                texts.add(value.get(i).textValue());
            } else {
                errors.add(field + "[" + i + "]", "must be a string");
            }
        }
        return Optional.of(texts);
    }

    /**
     * The object in {@code field} as names to scalars (a {@code String}, {@code BigDecimal} or
     * {@code Boolean}), in the body's order; null values are left out, any other value is reported by its path.
     */
    public Map<String, Object> optionalScalars(String field) {
        JsonNode value = optionalNode(field);
        Map<String, Object> scalars = new LinkedHashMap<>();
        if (value == null) {
            return scalars;
        }
        if (!value.isObject()) {
            errors.add(field, "must be an object of names to strings, numbers or booleans");
            return scalars;
        }
        value.properties().forEach(entry -> {
            JsonNode item = entry.getValue();
            if (item.isTextual()) {
                scalars.put(entry.getKey(), item.textValue());
            } else if (item.isNumber()) {
                scalars.put(entry.getKey(), item.decimalValue());
            } else if (item.isBoolean()) {
                scalars.put(entry.getKey(), item.booleanValue());
            } else if (!item.isNull()) {
                errors.add(field + "." + entry.getKey(), "must be a string, number or boolean");
            }
        });
        return scalars;
    }

    /** As {@link #optionalIdList}, and at least one is required. */
    public <T> List<T> requiredIdList(String field, String what, Function<String, T> id) {
        if (optionalNode(field) == null) {
            errors.add(field, "is required: an array of " + what + "s");
            return List.of();
        }
        return optionalIdList(field, what, id);
    }

    /**
     * The object in {@code field}, if present, read by {@code read} from a body of its own whose faults (and those
     * the value's own constructor reports) are named under {@code field} ({@code quietHours.start}). The reader
     * calls {@link #validate()} before it builds the value from what it read.
     */
    public <T> Optional<T> optionalObject(String field, Set<String> knownFields, Function<JsonBody, T> read) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            errors.add(field, "must be a JSON object");
            return Optional.empty();
        }
        try {
            return Optional.of(read.apply(of(value, knownFields)));
        } catch (ValidationException e) {
            e.errors()
                    .forEach(error -> errors.add(
                            error.field().equals(field) || error.field().startsWith(field + ".")
                                    ? error.field()
                                    : field + "." + error.field(),
                            error.message()));
            return Optional.empty();
        }
    }

    /**
     * The whole number (fitting an int) in {@code field}, if present; {@code null} is refused like any other non-number:
     * a field named is a value given. {@code what} says which numbers fit ("a whole number from 1 to 100").
     */
    public Optional<Integer> optionalInt(String field, String what) {
        if (!object.has(field)) {
            return Optional.empty();
        }
        JsonNode value = object.get(field);
        if (value.isNull() || !value.isIntegralNumber() || !value.canConvertToInt()) {
            errors.add(field, "must be " + what + (value.isNull() ? ", not null" : ""));
            return Optional.empty();
        }
        return Optional.of(value.intValue());
    }

    /** The boolean in {@code field}, if present; {@code null} is refused: a field named is a value given. */
    public Optional<Boolean> optionalBoolean(String field) {
        if (!object.has(field)) {
            return Optional.empty();
        }
        JsonNode value = object.get(field);
        if (!value.isBoolean()) {
            errors.add(field, "must be true or false" + (value.isNull() ? ", not null" : ""));
            return Optional.empty();
        }
        return Optional.of(value.booleanValue());
    }

    /** For a change: absent leaves the instant as it is (empty), null clears it, otherwise an instant as read. */
    public Optional<Optional<Instant>> clearableInstant(String field) {
        if (!object.has(field)) {
            return Optional.empty();
        }
        if (object.get(field).isNull()) {
            return Optional.of(Optional.empty());
        }
        return optionalInstant(field).map(Optional::of);
    }

    /** A time of day {@code HH:mm} in {@code field}; a missing or malformed one is reported, and null. */
    public LocalTime requiredTime(String field) {
        String text = requiredText(field);
        if (text == null) {
            return null;
        }
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(field, "must be a time of day such as 21:00");
            return null;
        }
    }

    /** An ISO-8601 period ({@code P7D}) in {@code field}; a missing or malformed one is reported, and null. */
    public Period requiredPeriod(String field) {
        String text = requiredText(field);
        if (text == null) {
            return null;
        }
        try {
            return Period.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(field, "must be an ISO-8601 period such as P7D");
            return null;
        }
    }

    /** A whole number that fits an int in {@code field}; a missing or other one is reported, and null. */
    public Integer requiredInt(String field) {
        return present(field) ? optionalInt(field, "a whole number").orElse(null) : null;
    }

    /** Reports {@code message} for {@code field} when {@code broken} holds. */
    public void check(boolean broken, String field, String message) {
        errors.check(broken, field, message);
    }

    /** Reports a problem with a field, to be thrown with the others by {@link #validate()}. */
    public void reject(String field, String message) {
        errors.add(field, message);
    }

    /** Whether the body names {@code field} at all (even as null). */
    public boolean has(String field) {
        return object.has(field);
    }

    /** The boolean of {@code field}; a missing or non-boolean one is reported when {@link #validate()} runs. */
    public Boolean requiredBoolean(String field) {
        return present(field) ? optionalBoolean(field).orElse(null) : null;
    }

    /** Whether {@code field} holds a value other than null; reports it as required when it does not. */
    private boolean present(String field) {
        JsonNode value = object.get(field);
        boolean present = value != null && !value.isNull();
        errors.check(!present, field, "is required");
        return present;
    }

    /** The constant of {@code type} that {@code field} names; a missing or unknown one is reported, and null. */
    public <E extends Enum<E>> E requiredEnum(String field, Class<E> type) {
        String text = requiredText(field);
        return text == null ? null : constant(field, text, type);
    }

    /** The constant of {@code type} that {@code field} names, if present; an unknown one is reported. */
    public <E extends Enum<E>> Optional<E> optionalEnum(String field, Class<E> type) {
        String text = optionalText(field);
        return text == null ? Optional.empty() : Optional.ofNullable(constant(field, text, type));
    }

    private <E extends Enum<E>> E constant(String field, String text, Class<E> type) {
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            // "must be BULK or TRANSACTIONAL", "must be STRING, NUMBER, BOOLEAN or DATE"
            List<String> names =
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            errors.add(
                    field,
                    "must be "
                            + (names.size() == 1
                                    ? names.get(0)
                                    : String.join(", ", names.subList(0, names.size() - 1)) + " or "
                                            + names.get(names.size() - 1)));
            return null;
        }
    }

    /** Throws once, listing every field at fault found so far. */
    public void validate() {
        errors.throwIfAny();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
