package io.lineengage.domain.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link JsonLike} to JSON text (RFC 8259) and back, so that adapters that keep JSON as text (a json column, a
 * resource) need no JSON library of their own for it. Numbers keep their exact decimal value.
 */
public final class JsonText {
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private final String text;
    private int at;

    private JsonText(String text) {
        this.text = text;
    }

    /** The JSON value {@code text} holds; {@link IllegalArgumentException} (with the offset) when it is not JSON. */
    public static JsonLike read(String text) {
        JsonText reader = new JsonText(text);
        JsonLike value = reader.value();
        reader.space();
        if (reader.at != text.length()) {
            throw reader.error("text after the JSON value");
        }
        return value;
    }

    private JsonLike value() {
        space();
        if (at >= text.length()) {
            throw error("a value is missing");
        }
        char c = text.charAt(at);
        switch (c) {
            case '{' -> {
                at++;
                Map<String, JsonLike> fields = new LinkedHashMap<>();
                space();
                if (take('}')) {
                    return new JsonLike.JObject(fields);
                }
                do {
                    space();
                    if (at >= text.length() || text.charAt(at) != '"') {
                        throw error("a field name is missing");
                    }
                    String name = string();
                    space();
                    expect(':');
                    fields.put(name, value());
                    space();
                } while (take(','));
                expect('}');
                return new JsonLike.JObject(fields);
            }
            case '[' -> {
                at++;
                List<JsonLike> items = new ArrayList<>();
                space();
                if (take(']')) {
                    return new JsonLike.JArray(items);
                }
                do {
                    items.add(value());
                    space();
                } while (take(','));
                expect(']');
                return new JsonLike.JArray(items);
            }
            case '"' -> {
                return new JsonLike.JString(string());
            }
            default -> {
                if (text.startsWith("true", at)) {
                    at += 4;
                    return new JsonLike.JBool(true);
                }
                if (text.startsWith("false", at)) {
                    at += 5;
                    return new JsonLike.JBool(false);
                }
                if (text.startsWith("null", at)) {
                    at += 4;
                    return new JsonLike.JNull();
                }
                return number();
            }
        }
    }

    private JsonLike number() {
        Matcher matcher = NUMBER.matcher(text).region(at, text.length());
        if (!matcher.lookingAt()) {
            throw error("not a JSON value");
        }
        at = matcher.end();
        return new JsonLike.JNumber(new BigDecimal(matcher.group()));
    }

    private String string() {
        at++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (at >= text.length()) {
                throw error("a text is not closed");
            }
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw error("a control character in a text");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (at >= text.length()) {
                throw error("a text is not closed");
            }
            char escaped = text.charAt(at++);
            switch (escaped) {
                case '"', '\\', '/' -> out.append(escaped);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (at + 4 > text.length()) {
                        throw error("a \\u escape is cut short");
                    }
                    try {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    } catch (NumberFormatException e) {
                        throw error("a \\u escape is not hexadecimal");
                    }
                    at += 4;
                }
                default -> throw error("an unknown escape \\" + escaped);
            }
        }
    }

    private void space() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    private boolean take(char c) {
        if (at < text.length() && text.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!take(c)) {
            throw error("'" + c + "' expected");
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("not JSON at offset " + at + ": " + what);
    }

    public static String write(JsonLike json) {
        StringBuilder out = new StringBuilder();
        write(json, out);
        return out.toString();
    }

    private static void write(JsonLike json, StringBuilder out) {
        if (json instanceof JsonLike.JObject object) {
            out.append('{');
            boolean first = true;
            for (var field : object.fields().entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(field.getKey(), out);
                out.append(':');
                write(field.getValue(), out);
            }
            out.append('}');
        } else if (json instanceof JsonLike.JArray array) {
            out.append('[');
            for (int i = 0; i < array.items().size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(array.items().get(i), out);
            }
            out.append(']');
        } else if (json instanceof JsonLike.JString text) {
            string(text.value(), out);
        } else if (json instanceof JsonLike.JNumber number) {
            out.append(number.value().toString());
        } else if (json instanceof JsonLike.JBool bool) {
            out.append(bool.value());
        } else {
            out.append("null");
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
