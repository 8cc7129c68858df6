package io.lineengage.domain.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a raw value becomes a typed attribute. An attribute registered with a type takes only values of that type
 * (text is read as the type: "1200" as a NUMBER, "2026-04-01" as a DATE). An attribute first seen in a write is
 * registered with the type of its value: a JSON number is a NUMBER, a boolean a BOOLEAN, a text of the form
 * YYYY-MM-DD a DATE, any other text a STRING; from CSV, text that reads as a number or true/false is typed so too.
 */
public final class AttributeTyping {
    public static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,30}(\\.\\d{1,30})?");

    private AttributeTyping() {}

    /** The typed value, or why {@code raw} does not fit {@code registered} (absent: the type is inferred). */
    public static Typed type(RawValue raw, Optional<AttributeType> registered) {
        AttributeType type = registered.orElseGet(() -> infer(raw));
        try {
            return new Typed.Ok(coerce(raw, type));
        } catch (IllegalArgumentException e) {
            return new Typed.Mismatch("must be " + type + ": " + e.getMessage());
        }
    }

    /** A typed value, or the reason there is none. */
    public sealed interface Typed {
        record Ok(AttributeValue value) implements Typed {}

        record Mismatch(String reason) implements Typed {}
    }

    static AttributeType infer(RawValue raw) {
        if (raw instanceof RawValue.Num) {
            return AttributeType.NUMBER;
        }
        if (raw instanceof RawValue.Boolean) {
            return AttributeType.BOOLEAN;
        }
        RawValue.Str text = (RawValue.Str) raw;
        if (ISO_DAY.matcher(text.value()).matches() && parsesAsDay(text.value())) {
            return AttributeType.DATE;
        }
        if (text.fromText()) {
            if (DECIMAL.matcher(text.value()).matches()) {
                return AttributeType.NUMBER;
            }
            if (text.value().equalsIgnoreCase("true") || text.value().equalsIgnoreCase("false")) {
                return AttributeType.BOOLEAN;
            }
        }
        return AttributeType.STRING;
    }

    private static AttributeValue coerce(RawValue raw, AttributeType type) {
        return switch (type) {
            case STRING -> {
                if (raw instanceof RawValue.Str text) {
                    if (text.value().length() > 1_000) {
                        throw new IllegalArgumentException("at most 1000 characters");
                    }
                    yield new AttributeValue.Text(text.value());
                }
                throw new IllegalArgumentException("got " + describe(raw));
            }
            case NUMBER -> {
                if (raw instanceof RawValue.Num number) {
                    yield new AttributeValue.Number(number.value());
                }
                if (raw instanceof RawValue.Str text
                        && text.fromText()
                        && DECIMAL.matcher(text.value()).matches()) {
                    yield new AttributeValue.Number(new BigDecimal(text.value()));
                }
                throw new IllegalArgumentException("got " + describe(raw));
            }
            case BOOLEAN -> {
                if (raw instanceof RawValue.Boolean bool) {
                    yield new AttributeValue.Bool(bool.value());
                }
                if (raw instanceof RawValue.Str text
                        && text.fromText()
                        && (text.value().equalsIgnoreCase("true")
                                || text.value().equalsIgnoreCase("false"))) {
                    yield new AttributeValue.Bool(Boolean.parseBoolean(text.value()));
                }
                throw new IllegalArgumentException("got " + describe(raw));
            }
            case DATE -> {
                if (raw instanceof RawValue.Str text
                        && ISO_DAY.matcher(text.value()).matches()
                        && parsesAsDay(text.value())) {
                    yield new AttributeValue.Day(LocalDate.parse(text.value()));
                }
                throw new IllegalArgumentException("got " + describe(raw) + " (dates are written YYYY-MM-DD)");
            }
        };
    }

    private static boolean parsesAsDay(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String describe(RawValue raw) {
        if (raw instanceof RawValue.Str text) {
            return "\"" + (text.value().length() > 40 ? text.value().substring(0, 40) + "…" : text.value()) + "\"";
        }
        if (raw instanceof RawValue.Num number) {
            return number.value().toPlainString();
        }
        return Boolean.toString(((RawValue.Boolean) raw).value());
    }
}
