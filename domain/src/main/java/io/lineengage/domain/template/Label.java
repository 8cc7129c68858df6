package io.lineengage.domain.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A personalization label in a template's text: {@code {{name}}}, or with a default, {@code {{name|there}}}. */
public record Label(String name, Optional<String> fallback) {
    static final Pattern PATTERN = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9_.]*)\\s*(?:\\|([^{}]*))?}}");

    /** Every label in {@code text}, in order. */
    public static List<Label> in(String text) {
        List<Label> labels = new ArrayList<>();
        Matcher matcher = PATTERN.matcher(text);
        while (matcher.find()) {
            labels.add(new Label(matcher.group(1), Optional.ofNullable(matcher.group(2))));
        }
        return labels;
    }

    /** Whether {@code text} begins with a label (a URL that is all customer data is checked only once rendered). */
    static boolean startsWithLabel(String text) {
        Matcher matcher = PATTERN.matcher(text);
        return matcher.lookingAt();
    }

    /** {@code text} with each label replaced by {@code value}'s answer (given the label and where it starts). */
    static String replace(String text, BiFunction<Label, Integer, String> value) {
        Matcher matcher = PATTERN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Label label = new Label(matcher.group(1), Optional.ofNullable(matcher.group(2)));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value.apply(label, matcher.start())));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
