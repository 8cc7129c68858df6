package io.lineengage.application.service.journey;

import io.lineengage.domain.json.JsonLike;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small JSON reader for tests of the core, which has no JSON library: objects, arrays, strings, numbers, booleans. */
final class TinyJson {
    private final String text;
    private int at;

    private TinyJson(String text) {
        this.text = text;
    }

    static JsonLike read(String text) {
        TinyJson reader = new TinyJson(text);
        JsonLike value = reader.value();
        reader.space();
        if (reader.at != text.length()) {
            throw new IllegalArgumentException("trailing text at " + reader.at);
        }
        return value;
    }

    private JsonLike value() {
        space();
        char c = text.charAt(at);
        if (c == '{') {
            at++;
            Map<String, JsonLike> fields = new LinkedHashMap<>();
            space();
            if (text.charAt(at) == '}') {
                at++;
                return new JsonLike.JObject(fields);
            }
            do {
                space();
                String key = string();
                space();
                expect(':');
                fields.put(key, value());
                space();
            } while (text.charAt(at++) == ',');
            return new JsonLike.JObject(fields);
        }
        if (c == '[') {
            at++;
            List<JsonLike> items = new ArrayList<>();
            space();
            if (text.charAt(at) == ']') {
                at++;
                return new JsonLike.JArray(items);
            }
            do {
                items.add(value());
                space();
            } while (text.charAt(at++) == ',');
            return new JsonLike.JArray(items);
        }
        if (c == '"') {
            return new JsonLike.JString(string());
        }
        if (text.startsWith("true", at) || text.startsWith("false", at)) {
            boolean value = text.startsWith("true", at);
            at += value ? 4 : 5;
            return new JsonLike.JBool(value);
        }
        int start = at;
        while (at < text.length() && "-+.0123456789eE".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        return new JsonLike.JNumber(new BigDecimal(text.substring(start, at)));
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (text.charAt(at) != '"') {
            out.append(text.charAt(at++));
        }
        at++;
        return out.toString();
    }

    private void expect(char c) {
        if (text.charAt(at++) != c) {
            throw new IllegalArgumentException("expected " + c + " at " + (at - 1));
        }
    }

    private void space() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }
}
