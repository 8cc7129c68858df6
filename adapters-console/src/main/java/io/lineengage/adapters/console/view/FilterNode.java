package io.lineengage.adapters.console.view;

import java.util.List;

/**
 * One node of the audience builder: a group (AND / OR of its children) or a condition, either negated (NOT). {@code
 * path} names its form fields and its place for errors; {@code error} is what is wrong right here.
 */
public record FilterNode(
        String path,
        boolean group,
        String logic,
        boolean not,
        String field,
        String op,
        String value,
        String account,
        List<FilterNode> children,
        String error) {
    public FilterNode withError(String message) {
        return new FilterNode(path, group, logic, not, field, op, value, account, children, message);
    }

    public FilterNode withChildren(List<FilterNode> replaced) {
        return new FilterNode(path, group, logic, not, field, op, value, account, replaced, error);
    }
}
