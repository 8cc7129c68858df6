package io.lineengage.domain.json;

/** A {@link JsonLike} written as JSON text (RFC 8259), so that adapters can hand it to any JSON library. */
public final class JsonText {
    private JsonText() {
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
