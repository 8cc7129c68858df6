package io.lineengage.adapters.console;

import io.lineengage.adapters.console.view.FilterNode;
import io.lineengage.application.port.in.audience.AudiencesUseCase.FilterField;
import io.lineengage.domain.audience.Op;
import io.lineengage.domain.json.JsonLike;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The audience builder's tree as form fields and back: {@code k:<path>} the kind (and, or, cond), {@code n:<path>}
 * NOT, {@code f/o/v/a:<path>} a condition's field, operation, value and account. The root ({@code r}) is a group; a
 * child's path is its parent's and its index ({@code r-0-2}). Also the tree to the filter JSON of the API, the filter
 * JSON to the tree, and the API's error paths ({@code filter.and[1].or[0].value}) to the node they belong to.
 */
final class FilterForm {
    static final String ROOT = "r";
    private static final Pattern STEP = Pattern.compile("\\.(and|or)\\[(\\d+)]|\\.not");

    private FilterForm() {}

    static FilterNode emptyRoot() {
        return group(ROOT, "and", false, List.of());
    }

    static FilterNode group(String path, String logic, boolean not, List<FilterNode> children) {
        return new FilterNode(path, true, logic, not, "", "", "", "", children, "");
    }

    static FilterNode condition(String path, boolean not, String field, String op, String value, String account) {
        return new FilterNode(path, false, "", not, field, op, value, account, List.of(), "");
    }

    /** The tree the form holds. */
    static FilterNode read(Map<String, List<String>> form) {
        Map<String, String> values = new HashMap<>();
        form.forEach((name, list) -> values.put(name, list.isEmpty() ? "" : list.get(0)));
        if (!values.containsKey("k:" + ROOT)) {
            return emptyRoot();
        }
        return read(values, ROOT);
    }

    private static FilterNode read(Map<String, String> form, String path) {
        String kind = form.getOrDefault("k:" + path, "cond");
        boolean not = form.containsKey("n:" + path);
        if (kind.equals("cond")) {
            return condition(
                    path,
                    not,
                    form.getOrDefault("f:" + path, ""),
                    form.getOrDefault("o:" + path, ""),
                    form.getOrDefault("v:" + path, ""),
                    form.getOrDefault("a:" + path, ""));
        }
        List<String> childPaths = form.keySet().stream()
                .filter(name -> name.startsWith("k:" + path + "-"))
                .map(name -> name.substring(2))
                .filter(child -> child.substring(path.length() + 1).matches("\\d+"))
                .sorted(Comparator.comparingInt(child -> Integer.parseInt(child.substring(path.length() + 1))))
                .toList();
        List<FilterNode> children = new ArrayList<>();
        for (String child : childPaths) {
            children.add(read(form, child));
        }
        return group(path, kind.equals("or") ? "or" : "and", not, children);
    }

    /** Applies a builder action ("add:r-1", "group:r", "remove:r-0-2") and numbers the paths afresh. */
    static FilterNode apply(FilterNode root, String action, String firstField) {
        int colon = action.indexOf(':');
        if (colon > 0) {
            String verb = action.substring(0, colon);
            String target = action.substring(colon + 1);
            root = edit(root, verb, target, firstField);
        }
        return renumber(root, ROOT);
    }

    private static FilterNode edit(FilterNode node, String verb, String target, String firstField) {
        if (!node.group()) {
            return node;
        }
        List<FilterNode> children = new ArrayList<>();
        for (FilterNode child : node.children()) {
            if (verb.equals("remove") && child.path().equals(target)) {
                continue;
            }
            children.add(edit(child, verb, target, firstField));
        }
        if (node.path().equals(target)) {
            switch (verb) {
                case "add" -> children.add(condition("", false, firstField, "", "", ""));
                case "group" ->
                    children.add(group("", "or", false, List.of(condition("", false, firstField, "", "", ""))));
                default -> {}
            }
        }
        return node.withChildren(children);
    }

    private static FilterNode renumber(FilterNode node, String path) {
        List<FilterNode> children = new ArrayList<>();
        for (int i = 0; i < node.children().size(); i++) {
            children.add(renumber(node.children().get(i), path + "-" + i));
        }
        return new FilterNode(
                path,
                node.group(),
                node.logic(),
                node.not(),
                node.field(),
                node.op(),
                node.value(),
                node.account(),
                children,
                node.error());
    }

    /** Each condition's operation one its field takes (the field's first when it changed to one without it). */
    static FilterNode normalize(FilterNode node, Map<String, List<String>> opsByField) {
        if (!node.group()) {
            List<String> ops = opsByField.getOrDefault(node.field(), List.of());
            String op = ops.contains(node.op()) || ops.isEmpty() ? node.op() : ops.get(0);
            return new FilterNode(
                    node.path(),
                    false,
                    "",
                    node.not(),
                    node.field(),
                    op,
                    node.value(),
                    node.account(),
                    List.of(),
                    node.error());
        }
        return node.withChildren(node.children().stream()
                .map(child -> normalize(child, opsByField))
                .toList());
    }

    /** The filter the API takes; empty while the root has no condition. */
    static Optional<JsonLike> toFilter(FilterNode root, List<FilterField> fields) {
        if (root.children().isEmpty()) {
            return Optional.empty();
        }
        Map<String, FilterField> byName = new HashMap<>();
        fields.forEach(field -> byName.put(field.field(), field));
        return Optional.of(json(root, byName));
    }

    private static JsonLike json(FilterNode node, Map<String, FilterField> fields) {
        JsonLike inner;
        if (node.group()) {
            inner = new JsonLike.JObject(Map.of(
                    node.logic(),
                    new JsonLike.JArray(node.children().stream()
                            .map(child -> json(child, fields))
                            .toList())));
        } else {
            Map<String, JsonLike> condition = new LinkedHashMap<>();
            condition.put("field", new JsonLike.JString(node.field()));
            condition.put("op", new JsonLike.JString(node.op()));
            if (!node.account().isEmpty()) {
                condition.put("account", new JsonLike.JString(node.account()));
            }
            if (!node.op().equals(Op.EXISTS.json())) {
                condition.put("value", value(node, Optional.ofNullable(fields.get(node.field()))));
            }
            inner = new JsonLike.JObject(condition);
        }
        return node.not() ? new JsonLike.JObject(Map.of("not", inner)) : inner;
    }

    /** The typed value: numbers for NUMBER fields, true/false for BOOLEAN ones, a list for in and between. */
    private static JsonLike value(FilterNode node, Optional<FilterField> field) {
        String type = field.map(FilterField::type).orElse("STRING");
        if (node.op().equals(Op.IN.json()) || node.op().equals(Op.BETWEEN.json())) {
            return new JsonLike.JArray(Arrays.stream(node.value().split(","))
                    .map(String::strip)
                    .filter(part -> !part.isEmpty())
                    .map(part -> scalar(part, type))
                    .toList());
        }
        return scalar(node.value().strip(), type);
    }

    private static JsonLike scalar(String text, String type) {
        if (type.equals("NUMBER")) {
            try {
                return new JsonLike.JNumber(new BigDecimal(text));
            } catch (NumberFormatException e) {
                return new JsonLike.JString(text); // the API names the fault
            }
        }
        if (type.equals("BOOLEAN") && (text.equals("true") || text.equals("false"))) {
            return new JsonLike.JBool(Boolean.parseBoolean(text));
        }
        return new JsonLike.JString(text);
    }

    /** A saved filter as the builder's tree (a lone condition becomes the root group's only child). */
    static FilterNode fromFilter(JsonLike filter) {
        FilterNode node = node(filter, false);
        FilterNode root = node.group() ? node : group(ROOT, "and", false, List.of(node));
        return renumber(root, ROOT);
    }

    private static FilterNode node(JsonLike json, boolean not) {
        if (!(json instanceof JsonLike.JObject object)) {
            return condition("", not, "", "", "", "");
        }
        Map<String, JsonLike> fields = object.fields();
        if (fields.containsKey("not")) {
            return node(fields.get("not"), !not);
        }
        for (String logic : List.of("and", "or")) {
            if (fields.get(logic) instanceof JsonLike.JArray array) {
                return group(
                        "",
                        logic,
                        not,
                        array.items().stream().map(item -> node(item, false)).toList());
            }
        }
        return condition(
                "",
                not,
                text(fields.get("field")),
                text(fields.get("op")),
                text(fields.get("value")),
                text(fields.get("account")));
    }

    private static String text(JsonLike json) {
        if (json instanceof JsonLike.JString string) {
            return string.value();
        }
        if (json instanceof JsonLike.JNumber number) {
            return number.value().toPlainString();
        }
        if (json instanceof JsonLike.JBool bool) {
            return Boolean.toString(bool.value());
        }
        if (json instanceof JsonLike.JArray array) {
            return String.join(
                    ", ", array.items().stream().map(FilterForm::text).toList());
        }
        return "";
    }

    /** The node an API error path names ({@code filter.and[1].or[0].value} → r-1-0), or empty. */
    static Optional<String> nodeOf(String errorPath) {
        String rest = errorPath.startsWith("filter") ? errorPath.substring("filter".length()) : errorPath;
        Matcher step = STEP.matcher(rest);
        String node = ROOT;
        int at = 0;
        boolean first = true;
        while (step.find() && step.start() == at) {
            if (step.group(1) != null) {
                // the root group's own and/or is the first step; each further one goes into a child
                node = node + "-" + step.group(2);
            }
            at = step.end();
            first = false;
        }
        return first && !rest.isEmpty() && !rest.startsWith(".") ? Optional.empty() : Optional.of(node);
    }

    /** The tree with each error put on its node; those that name no node are answered back. */
    static FilterNode withErrors(FilterNode root, Map<String, String> errorsByNode) {
        FilterNode marked =
                errorsByNode.containsKey(root.path()) ? root.withError(errorsByNode.get(root.path())) : root;
        return marked.withChildren(marked.children().stream()
                .map(child -> withErrors(child, errorsByNode))
                .toList());
    }

    /** Every node's path, for the error slots a count refreshes. */
    static List<String> paths(FilterNode root) {
        List<String> paths = new ArrayList<>();
        paths.add(root.path());
        root.children().forEach(child -> paths.addAll(paths(child)));
        return paths;
    }
}
