package io.lineengage.domain.audience;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.customer.AttributeType;
import io.lineengage.domain.error.FieldErrors;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.interaction.Interaction;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.json.JsonLike.JArray;
import io.lineengage.domain.json.JsonLike.JBool;
import io.lineengage.domain.json.JsonLike.JNumber;
import io.lineengage.domain.json.JsonLike.JObject;
import io.lineengage.domain.json.JsonLike.JString;
import io.lineengage.domain.subscription.ConsentCategory;
import io.lineengage.domain.time.SupportedTime;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the filter JSON of API.md into a {@link Filter} against an org's {@link FieldCatalogue}, reporting every
 * mistake with its exact path ({@code filter.and[2].or[0].value}).
 */
public final class FilterParser {
    /** Deeper filters are a mistake or an attack; either way they are refused before they reach SQL. */
    public static final int MAX_DEPTH = 16;

    public static final int MAX_CONDITIONS = 200;
    public static final int MAX_IN_VALUES = 1_000;

    private static final Set<Op> ORDERED = EnumSet.of(Op.EQ, Op.NE, Op.LT, Op.LTE, Op.GT, Op.GTE, Op.BETWEEN);

    private final FieldCatalogue catalogue;
    private final FieldErrors errors = new FieldErrors();
    private int conditions;

    private FilterParser(FieldCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The filter, or a {@link ValidationException} naming every mistake by path. */
    public static Filter parse(JsonLike json, String path, FieldCatalogue catalogue) {
        FilterParser parser = new FilterParser(catalogue);
        Filter filter = parser.node(json, path, 0);
        parser.errors.throwIfAny();
        return filter;
    }

    private Filter node(JsonLike json, String path, int depth) {
        if (!(json instanceof JObject object)) {
            errors.add(
                    path,
                    "must be an object: {\"and\": [...]}, {\"or\": [...]}, {\"not\": {...}} or a condition {\"field\", \"op\", \"value\"}");
            return null;
        }
        if (depth >= MAX_DEPTH) {
            errors.add(path, "is nested deeper than " + MAX_DEPTH + " levels");
            return null;
        }
        var fields = object.fields();
        if (fields.containsKey("and") || fields.containsKey("or")) {
            String key = fields.containsKey("and") ? "and" : "or";
            if (fields.size() != 1) {
                errors.add(path, "must have only \"" + key + "\"");
                return null;
            }
            if (!(fields.get(key) instanceof JArray array) || array.items().isEmpty()) {
                errors.add(path + "." + key, "must be a non-empty array of filters");
                return null;
            }
            List<Filter> parts = new ArrayList<>();
            for (int i = 0; i < array.items().size(); i++) {
                parts.add(node(array.items().get(i), path + "." + key + "[" + i + "]", depth + 1));
            }
            return key.equals("and")
                    ? new Filter.And(parts.contains(null) ? List.of() : parts)
                    : new Filter.Or(parts.contains(null) ? List.of() : parts);
        }
        if (fields.containsKey("not")) {
            if (fields.size() != 1) {
                errors.add(path, "must have only \"not\"");
                return null;
            }
            Filter negated = node(fields.get("not"), path + ".not", depth + 1);
            return negated == null ? null : new Filter.Not(negated);
        }
        return condition(object, path);
    }

    private Filter condition(JObject object, String path) {
        if (++conditions > MAX_CONDITIONS) {
            errors.add(path, "is one condition more than the " + MAX_CONDITIONS + " a filter may have");
            return null;
        }
        var fields = object.fields();
        for (String key : fields.keySet()) {
            if (!Set.of("field", "op", "value", "account", "within").contains(key)) {
                errors.add(path + "." + key, "is not part of a condition (field, op, value, account, within)");
            }
        }
        Optional<String> name = text(fields.get("field"), path + ".field", true);
        Optional<Op> op = text(fields.get("op"), path + ".op", true).flatMap(written -> {
            Optional<Op> known = Op.of(written);
            if (known.isEmpty()) {
                errors.add(
                        path + ".op", "must be one of eq, ne, lt, lte, gt, gte, between, in, contains, exists, within");
            }
            return known;
        });
        Optional<LineAccountId> account = Optional.empty();
        boolean accountOk = true;
        if (fields.containsKey("account")) {
            account = text(fields.get("account"), path + ".account", true).map(LineAccountId::new);
            if (account.isPresent() && !catalogue.providers().containsKey(account.get())) {
                errors.add(path + ".account", "is not a LINE account of this org");
                accountOk = false;
            }
            accountOk &= account.isPresent();
        }
        if (name.isEmpty()) {
            return null;
        }
        Field field = field(name.get(), accountOk ? account : Optional.empty(), fields.containsKey("account"), path);
        if (fields.containsKey("within")) {
            if (!(field instanceof Field.ClickedCampaign)) {
                errors.add(path + ".within", "is taken by campaigns.clicked only; other fields use the op within");
                return null;
            }
            Operand within = back(fields.get("within"), path + ".within");
            if (within == null) {
                return null;
            }
            field = new Field.ClickedCampaign(Optional.of((Operand.Back) within));
        }
        if (field == null || op.isEmpty() || !accountOk) {
            return null;
        }
        Operand value = operand(field, op.get(), fields.get("value"), path);
        return value == null ? null : new Filter.Condition(field, op.get(), value);
    }

    private Field field(String name, Optional<LineAccountId> account, boolean accountGiven, String path) {
        boolean takesAccount = name.equals("subscription.status")
                || name.startsWith("consent.")
                || name.equals("lineIdentity")
                || name.startsWith("interactions.");
        if (accountGiven && !takesAccount) {
            errors.add(path + ".account", "is not taken by " + name);
            return null;
        }
        for (Field.Column column : Field.Column.values()) {
            if (column.json.equals(name)) {
                if (column == Field.Column.BIRTHDAY
                        && catalogue.attributes().containsKey("birthday")
                        && catalogue.attributes().get("birthday") != AttributeType.DATE) {
                    errors.add(
                            path + ".field",
                            "birthday reads the attribute birthday, which this org registered as "
                                    + catalogue.attributes().get("birthday") + ", not DATE; use attributes.birthday");
                    return null;
                }
                return new Field.CustomerField(column);
            }
        }
        if (name.startsWith("attributes.")) {
            String attribute = name.substring("attributes.".length());
            AttributeType type = catalogue.attributes().get(attribute);
            if (type == null) {
                errors.add(path + ".field", "unknown attribute " + attribute);
                return null;
            }
            return new Field.Attribute(attribute, type);
        }
        if (name.equals("tags")) {
            return new Field.Tags();
        }
        if (name.equals("list")) {
            return new Field.ListMembership();
        }
        if (name.equals("campaigns.received")) {
            return new Field.ReceivedCampaign();
        }
        if (name.equals("campaigns.clicked")) {
            return new Field.ClickedCampaign(Optional.empty());
        }
        if (name.equals("subscription.status") || name.startsWith("consent.")) {
            Optional<ConsentCategory> category = Optional.empty();
            if (name.startsWith("consent.")) {
                category = consentCategory(name.substring("consent.".length()));
                if (category.isEmpty()) {
                    errors.add(
                            path + ".field",
                            "unknown consent category; use consent.promotional or consent.transactional");
                    return null;
                }
            }
            if (account.isEmpty()) {
                if (!accountGiven) {
                    errors.add(path + ".account", "is required for " + name);
                }
                return null;
            }
            String provider = catalogue.providers().get(account.get());
            return category.<Field>map(c -> new Field.Consent(c, account.get(), provider))
                    .orElseGet(() -> new Field.SubscriptionStatus(account.get(), provider));
        }
        if (accountGiven && account.isEmpty()) {
            return null;
        }
        if (name.equals("lineIdentity")) {
            return new Field.LineIdentity(account, account.map(catalogue.providers()::get));
        }
        if (name.equals("interactions.message")) {
            return new Field.Interactions(Interaction.Kind.MESSAGE, account);
        }
        if (name.equals("interactions.postback")) {
            return new Field.Interactions(Interaction.Kind.POSTBACK, account);
        }
        errors.add(path + ".field", "unknown field " + name);
        return null;
    }

    private static Optional<ConsentCategory> consentCategory(String written) {
        for (ConsentCategory category : ConsentCategory.values()) {
            if (category.name().equalsIgnoreCase(written)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }

    private Operand operand(Field field, Op op, JsonLike value, String path) {
        String at = path + ".value";
        if (!allowed(field).contains(op)) {
            return misfit(field, op, path);
        }
        if (op == Op.EXISTS) {
            return existence(value, at);
        }
        if (op == Op.WITHIN) {
            return back(value, at);
        }
        return switch (field.shape()) {
            case TEXT, TAGS ->
                op == Op.IN
                        ? many(value, at, "texts", this::plainText, Operand.Texts::new)
                        : single(value, at, "a text", this::plainText);
            case NUMBER -> number(op, value, at);
            case BOOLEAN, CONSENT -> bool(value, at);
            case DAY -> day(op, value, at);
            case MOMENT -> moment(op, value, at);
            case STATUS -> {
                Function<JsonLike, String> status = json -> json instanceof JString s
                                && Set.of("FOLLOWING", "BLOCKED", "UNKNOWN").contains(s.value())
                        ? s.value()
                        : null;
                yield op == Op.IN
                        ? many(value, at, "FOLLOWING, BLOCKED, UNKNOWN", status, Operand.Texts::new)
                        : single(value, at, "FOLLOWING, BLOCKED or UNKNOWN", status);
            }
            case LIST -> {
                Function<JsonLike, String> listId =
                        json -> json instanceof JString s && catalogue.lists().contains(s.value()) ? s.value() : null;
                yield op == Op.IN
                        ? many(value, at, "the IDs of this org's customer lists", listId, Operand.Texts::new)
                        : single(value, at, "the ID of one of this org's customer lists", listId);
            }
            case CAMPAIGN -> {
                Function<JsonLike, String> campaignId = json ->
                        json instanceof JString s && catalogue.campaigns().contains(s.value()) ? s.value() : null;
                yield op == Op.IN
                        ? many(value, at, "the IDs of this org's campaigns", campaignId, Operand.Texts::new)
                        : single(value, at, "the ID of one of this org's campaigns", campaignId);
            }
            case IDENTITY, INTERACTIONS -> misfit(field, op, path);
        };
    }

    private Operand misfit(Field field, Op op, String path) {
        errors.add(
                path + ".op",
                op.json() + " does not apply to " + field.name() + "; it takes "
                        + allowed(field).stream().map(Op::json).collect(Collectors.joining(", ")));
        return null;
    }

    /** The operations a field takes, for validation and the catalogue of fields users read. */
    public static Set<Op> allowed(Field field) {
        return allowed(field.shape());
    }

    public static Set<Op> allowed(Field.Shape shape) {
        return switch (shape) {
            case TEXT -> EnumSet.of(Op.EQ, Op.NE, Op.IN, Op.CONTAINS, Op.EXISTS);
            case NUMBER -> EnumSet.of(Op.EQ, Op.NE, Op.LT, Op.LTE, Op.GT, Op.GTE, Op.BETWEEN, Op.IN, Op.EXISTS);
            case BOOLEAN -> EnumSet.of(Op.EQ, Op.NE, Op.EXISTS);
            case DAY -> withWithin(EnumSet.of(Op.EQ, Op.NE, Op.LT, Op.LTE, Op.GT, Op.GTE, Op.BETWEEN, Op.EXISTS));
            case MOMENT -> withWithin(ORDERED);
            case TAGS -> EnumSet.of(Op.CONTAINS, Op.IN, Op.EXISTS);
            case STATUS -> EnumSet.of(Op.EQ, Op.NE, Op.IN);
            case CONSENT -> EnumSet.of(Op.EQ);
            case IDENTITY -> EnumSet.of(Op.EXISTS);
            case LIST, CAMPAIGN -> EnumSet.of(Op.EQ, Op.IN);
            case INTERACTIONS -> EnumSet.of(Op.WITHIN, Op.EXISTS);
        };
    }

    private static Set<Op> withWithin(Set<Op> ops) {
        EnumSet<Op> all = EnumSet.copyOf(ops);
        all.add(Op.WITHIN);
        return all;
    }

    private Operand number(Op op, JsonLike value, String at) {
        Function<JsonLike, BigDecimal> number = json -> json instanceof JNumber n ? n.value() : null;
        return switch (op) {
            case EQ, NE, LT, LTE, GT, GTE -> {
                BigDecimal n = number.apply(value);
                if (n == null) {
                    errors.add(at, "must be a number");
                    yield null;
                }
                yield new Operand.Number(n);
            }
            case BETWEEN -> {
                List<BigDecimal> pair = pair(value, at, "numbers", number);
                yield pair == null ? null : new Operand.NumberRange(pair.get(0), pair.get(1));
            }
            default -> many(value, at, "numbers", number, Operand.Numbers::new);
        };
    }

    private Operand day(Op op, JsonLike value, String at) {
        Function<JsonLike, LocalDate> day = json -> {
            if (!(json instanceof JString s)) {
                return null;
            }
            try {
                LocalDate parsed = LocalDate.parse(s.value());
                return SupportedTime.holds(parsed) ? parsed : null;
            } catch (DateTimeParseException e) {
                return null;
            }
        };
        return switch (op) {
            case EQ, NE, LT, LTE, GT, GTE -> {
                LocalDate d = day.apply(value);
                if (d == null) {
                    errors.add(at, "must be a date YYYY-MM-DD (years 0001 to 9999)");
                    yield null;
                }
                yield new Operand.Day(d);
            }
            case BETWEEN -> {
                List<LocalDate> pair = pair(value, at, "dates YYYY-MM-DD", day);
                yield pair == null ? null : new Operand.DayRange(pair.get(0), pair.get(1));
            }
            default -> throw new IllegalStateException(op + " was checked against the field");
        };
    }

    private Operand moment(Op op, JsonLike value, String at) {
        Function<JsonLike, Instant> moment = json -> {
            if (!(json instanceof JString s)) {
                return null;
            }
            try {
                Instant parsed = Instant.parse(s.value());
                return SupportedTime.holds(parsed) ? parsed : null;
            } catch (DateTimeParseException e) {
                return null;
            }
        };
        return switch (op) {
            case EQ, NE, LT, LTE, GT, GTE -> {
                Instant m = moment.apply(value);
                if (m == null) {
                    errors.add(at, "must be an ISO-8601 instant such as 2026-04-01T00:00:00Z (years 0001 to 9999)");
                    yield null;
                }
                yield new Operand.Moment(m);
            }
            case BETWEEN -> {
                List<Instant> pair = pair(value, at, "ISO-8601 instants", moment);
                yield pair == null ? null : new Operand.MomentRange(pair.get(0), pair.get(1));
            }
            default -> throw new IllegalStateException(op + " was checked against the field");
        };
    }

    private Operand bool(JsonLike value, String at) {
        if (!(value instanceof JBool b)) {
            errors.add(at, "must be true or false");
            return null;
        }
        return new Operand.Bool(b.value());
    }

    /** {@code exists} takes true (the default) or false. */
    private Operand existence(JsonLike value, String at) {
        return value == null ? new Operand.Bool(true) : bool(value, at);
    }

    private Operand back(JsonLike value, String at) {
        String message = "must be an ISO-8601 period back from now, such as P30D, P1M or PT12H";
        if (!(value instanceof JString s)) {
            errors.add(at, message);
            return null;
        }
        TemporalAmount amount;
        boolean negative;
        try {
            Period period = Period.parse(s.value());
            amount = period;
            negative = period.isNegative();
        } catch (DateTimeParseException notPeriod) {
            try {
                Duration duration = Duration.parse(s.value());
                amount = duration;
                negative = duration.isNegative();
            } catch (DateTimeParseException notDuration) {
                errors.add(at, message);
                return null;
            }
        }
        if (negative) {
            errors.add(at, "must not be negative");
            return null;
        }
        if (!SupportedTime.holdsBack(amount)) {
            errors.add(at, "must be at most " + SupportedTime.LONGEST_BACK + " (200 years)");
            return null;
        }
        return new Operand.Back(amount, s.value());
    }

    private String plainText(JsonLike json) {
        return json instanceof JString s ? s.value() : null;
    }

    private Operand single(JsonLike value, String at, String what, Function<JsonLike, String> read) {
        String text = value == null ? null : read.apply(value);
        if (text == null) {
            errors.add(at, "must be " + what);
            return null;
        }
        return new Operand.Text(text);
    }

    private <T> Operand many(
            JsonLike value, String at, String what, Function<JsonLike, T> read, Function<List<T>, Operand> make) {
        if (!(value instanceof JArray array)
                || array.items().isEmpty()
                || array.items().size() > MAX_IN_VALUES) {
            errors.add(at, "must be an array of 1 to " + MAX_IN_VALUES + " " + what);
            return null;
        }
        List<T> values = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < array.items().size(); i++) {
            T item = read.apply(array.items().get(i));
            if (item == null) {
                errors.add(at + "[" + i + "]", "must be one of " + what);
                ok = false;
            }
            values.add(item);
        }
        return ok ? make.apply(values) : null;
    }

    private <T extends Comparable<? super T>> List<T> pair(
            JsonLike value, String at, String what, Function<JsonLike, T> read) {
        if (value instanceof JArray array && array.items().size() == 2) {
            T low = read.apply(array.items().get(0));
            T high = read.apply(array.items().get(1));
            if (low != null && high != null) {
                if (low.compareTo(high) > 0) {
                    errors.add(at, "must list the low end first");
                    return null;
                }
                return List.of(low, high);
            }
        }
        errors.add(at, "must be an array of two " + what + ", low first");
        return null;
    }

    private Optional<String> text(JsonLike json, String path, boolean required) {
        if (json instanceof JString s && !s.value().isBlank()) {
            return Optional.of(s.value());
        }
        if (json != null || required) {
            errors.add(path, json == null ? "is required" : "must be a non-empty text");
        }
        return Optional.empty();
    }
}
