package io.lineengage.adapters.console.view;

import java.util.List;

/**
 * The audience builder's state: the audience (saved or not), its tree, the field catalogue, the accounts, the live
 * count with a sample, and faults that belong to no condition.
 */
public record Builder(
        String id,
        String name,
        FilterNode root,
        List<Field> fields,
        List<Rows.Choice> accounts,
        Count count,
        List<String> faults) {
    /** A field of the catalogue with its type, operations and whether it takes an account. */
    public record Field(String name, String type, List<String> ops, String account, List<String> values) {}

    /** The exact count now and some of its members; {@code text} when there is no count (nothing to count yet). */
    public record Count(long count, List<String> sample, String text) {}

    /** The fault at the node of this path, or "". */
    public String errorAt(String path) {
        return errorAt(root, path);
    }

    private static String errorAt(FilterNode node, String path) {
        if (node.path().equals(path)) {
            return node.error();
        }
        for (FilterNode child : node.children()) {
            if (path.startsWith(child.path())) {
                String found = errorAt(child, path);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return "";
    }

    public List<String> opsOf(String field) {
        return fields.stream()
                .filter(f -> f.name().equals(field))
                .findFirst()
                .map(Field::ops)
                .orElse(List.of());
    }

    public String accountOf(String field) {
        return fields.stream()
                .filter(f -> f.name().equals(field))
                .findFirst()
                .map(Field::account)
                .orElse("NONE");
    }

    public List<String> valuesOf(String field) {
        return fields.stream()
                .filter(f -> f.name().equals(field))
                .findFirst()
                .map(Field::values)
                .orElse(List.of());
    }
}
