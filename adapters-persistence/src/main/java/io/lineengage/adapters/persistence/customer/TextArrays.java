package io.lineengage.adapters.persistence.customer;

import java.util.Collection;

/** PostgreSQL text[] literals ({@code {"a","b"}}), quoted so that any text survives. */
final class TextArrays {
    private TextArrays() {}

    static String literal(Collection<String> values) {
        StringBuilder literal = new StringBuilder("{");
        for (String value : values.stream().sorted().toList()) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append('"')
                    .append(value.replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return literal.append('}').toString();
    }
}
