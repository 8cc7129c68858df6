package io.lineengage.domain.audience;

import io.lineengage.domain.audience.AudienceMember.LinkedUser;
import io.lineengage.domain.customer.AttributeValue;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.subscription.Consents;
import io.lineengage.domain.subscription.SubscriptionStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Decides whether one customer is in an audience. The SQL compiler in adapters-persistence must select exactly the
 * customers this selects (a property test holds them to it), so the rules are stated here once:
 * <ul>
 * <li>a comparison with a value the customer lacks (a missing attribute, no email) is false, {@code ne} included;
 * {@code not} of it is true;</li>
 * <li>a customer's status with an account is FOLLOWING if any of their LINE users with the account's provider
 * follows it, else BLOCKED if any blocked it, else UNKNOWN;</li>
 * <li>consent with an account holds if any such LINE user has it (an explicit choice, else following);</li>
 * <li>{@code within} means from {@link EvaluationTime#since} up to and including now (or today).</li>
 * </ul>
 */
public final class FilterEvaluator {
    private final FieldCatalogue catalogue;
    private final EvaluationTime time;

    public FilterEvaluator(FieldCatalogue catalogue, EvaluationTime time) {
        this.catalogue = catalogue;
        this.time = time;
    }

    public boolean matches(Filter filter, AudienceMember member) {
        if (filter instanceof Filter.And and) {
            return and.all().stream().allMatch(part -> matches(part, member));
        }
        if (filter instanceof Filter.Or or) {
            return or.any().stream().anyMatch(part -> matches(part, member));
        }
        if (filter instanceof Filter.Not not) {
            return !matches(not.negated(), member);
        }
        return condition((Filter.Condition) filter, member);
    }

    private boolean condition(Filter.Condition condition, AudienceMember member) {
        Field field = condition.field();
        Op op = condition.op();
        Operand value = condition.value();
        Customer customer = member.customer();
        if (field instanceof Field.CustomerField column) {
            return switch (column.column()) {
                case EXTERNAL_ID -> text(customer.externalId(), op, value);
                case NAME -> text(customer.name(), op, value);
                case MOBILE -> text(customer.mobile(), op, value);
                case EMAIL -> text(customer.email(), op, value);
                case CREATED_AT -> moment(customer.createdAt(), op, value);
                case BIRTHDAY ->
                    day(
                            attribute(customer, "birthday")
                                    .filter(AttributeValue.Day.class::isInstance)
                                    .map(v -> ((AttributeValue.Day) v).value()),
                            op,
                            value);
            };
        }
        if (field instanceof Field.Attribute attribute) {
            Optional<AttributeValue> stored = attribute(customer, attribute.attribute());
            return switch (attribute.type()) {
                case STRING ->
                    text(
                            stored.filter(AttributeValue.Text.class::isInstance)
                                    .map(v -> ((AttributeValue.Text) v).value()),
                            op,
                            value);
                case NUMBER ->
                    number(
                            stored.filter(AttributeValue.Number.class::isInstance)
                                    .map(v -> ((AttributeValue.Number) v).value()),
                            op,
                            value);
                case BOOLEAN ->
                    bool(
                            stored.filter(AttributeValue.Bool.class::isInstance)
                                    .map(v -> ((AttributeValue.Bool) v).value()),
                            op,
                            value);
                case DATE ->
                    day(
                            stored.filter(AttributeValue.Day.class::isInstance)
                                    .map(v -> ((AttributeValue.Day) v).value()),
                            op,
                            value);
            };
        }
        if (field instanceof Field.Tags) {
            return switch (op) {
                case CONTAINS -> customer.tags().contains(((Operand.Text) value).value());
                case IN -> ((Operand.Texts) value).values().stream().anyMatch(customer.tags()::contains);
                default -> existence(!customer.tags().isEmpty(), value);
            };
        }
        if (field instanceof Field.SubscriptionStatus status) {
            SubscriptionStatus actual = status(member, status);
            return switch (op) {
                case EQ -> actual.name().equals(((Operand.Text) value).value());
                case NE -> !actual.name().equals(((Operand.Text) value).value());
                default -> ((Operand.Texts) value).values().contains(actual.name());
            };
        }
        if (field instanceof Field.Consent consent) {
            boolean given = withProvider(member, consent.provider())
                    .anyMatch(user -> user.consents()
                            .getOrDefault(consent.account(), Consents.NONE)
                            .optedIn(consent.category(), user.status(consent.account())));
            return given == ((Operand.Bool) value).value();
        }
        if (field instanceof Field.LineIdentity identity) {
            boolean linked = member.lineUsers().stream()
                    .anyMatch(user ->
                            identity.provider().map(user.provider()::equals).orElse(true));
            return existence(linked, value);
        }
        if (field instanceof Field.ClickedCampaign clicked) {
            Set<String> campaigns =
                    op == Op.EQ ? Set.of(((Operand.Text) value).value()) : Set.copyOf(((Operand.Texts) value).values());
            Predicate<Instant> when = clicked.within().map(this::within).orElse(at -> true);
            return member.clicks().stream()
                    .anyMatch(click -> campaigns.contains(click.campaignId()) && when.test(click.at()));
        }
        if (field instanceof Field.ReceivedCampaign) {
            return op == Op.EQ
                    ? member.receivedCampaigns().contains(((Operand.Text) value).value())
                    : ((Operand.Texts) value).values().stream().anyMatch(member.receivedCampaigns()::contains);
        }
        if (field instanceof Field.ListMembership) {
            return op == Op.EQ
                    ? member.lists().contains(((Operand.Text) value).value())
                    : ((Operand.Texts) value).values().stream().anyMatch(member.lists()::contains);
        }
        Field.Interactions interactions = (Field.Interactions) field;
        Predicate<Instant> when = op == Op.WITHIN ? within(((Operand.Back) value)) : at -> true;
        boolean happened = member.lineUsers().stream()
                .anyMatch(user -> user.interactions().stream()
                        .anyMatch(happening -> happening.kind() == interactions.kind()
                                && interactions
                                        .account()
                                        .map(happening.account()::equals)
                                        .orElse(true)
                                && user.provider().equals(catalogue.providers().get(happening.account()))
                                && when.test(happening.at())));
        return op == Op.WITHIN ? happened : existence(happened, value);
    }

    private static Optional<AttributeValue> attribute(Customer customer, String name) {
        return Optional.ofNullable(customer.attributes().get(name));
    }

    private static Stream<LinkedUser> withProvider(AudienceMember member, String provider) {
        return member.lineUsers().stream().filter(user -> user.provider().equals(provider));
    }

    private static SubscriptionStatus status(AudienceMember member, Field.SubscriptionStatus field) {
        boolean blocked = false;
        for (LinkedUser user : withProvider(member, field.provider()).toList()) {
            SubscriptionStatus status = user.status(field.account());
            if (status == SubscriptionStatus.FOLLOWING) {
                return status;
            }
            blocked |= status == SubscriptionStatus.BLOCKED;
        }
        return blocked ? SubscriptionStatus.BLOCKED : SubscriptionStatus.UNKNOWN;
    }

    private static boolean existence(boolean present, Operand value) {
        return present == ((Operand.Bool) value).value();
    }

    private static boolean text(Optional<String> actual, Op op, Operand value) {
        if (op == Op.EXISTS) {
            return existence(actual.isPresent(), value);
        }
        if (actual.isEmpty()) {
            return false;
        }
        String text = actual.get();
        return switch (op) {
            case EQ -> text.equals(((Operand.Text) value).value());
            case NE -> !text.equals(((Operand.Text) value).value());
            case CONTAINS -> text.contains(((Operand.Text) value).value());
            default -> ((Operand.Texts) value).values().contains(text);
        };
    }

    private static boolean number(Optional<BigDecimal> actual, Op op, Operand value) {
        if (op == Op.EXISTS) {
            return existence(actual.isPresent(), value);
        }
        if (actual.isEmpty()) {
            return false;
        }
        BigDecimal n = actual.get();
        if (op == Op.BETWEEN) {
            Operand.NumberRange range = (Operand.NumberRange) value;
            return n.compareTo(range.low()) >= 0 && n.compareTo(range.high()) <= 0;
        }
        if (op == Op.IN) {
            return ((Operand.Numbers) value).values().stream().anyMatch(v -> v.compareTo(n) == 0);
        }
        return compare(n.compareTo(((Operand.Number) value).value()), op);
    }

    private static boolean bool(Optional<Boolean> actual, Op op, Operand value) {
        if (op == Op.EXISTS) {
            return existence(actual.isPresent(), value);
        }
        return actual.isPresent() && (actual.get() == ((Operand.Bool) value).value()) == (op == Op.EQ);
    }

    private boolean day(Optional<LocalDate> actual, Op op, Operand value) {
        if (op == Op.EXISTS) {
            return existence(actual.isPresent(), value);
        }
        if (actual.isEmpty()) {
            return false;
        }
        LocalDate d = actual.get();
        if (op == Op.WITHIN) {
            Operand.Back back = (Operand.Back) value;
            return !d.isBefore(time.sinceDay(back.amount())) && !d.isAfter(time.today());
        }
        if (op == Op.BETWEEN) {
            Operand.DayRange range = (Operand.DayRange) value;
            return !d.isBefore(range.low()) && !d.isAfter(range.high());
        }
        return compare(d.compareTo(((Operand.Day) value).value()), op);
    }

    private boolean moment(Instant actual, Op op, Operand value) {
        if (op == Op.WITHIN) {
            return within((Operand.Back) value).test(actual);
        }
        if (op == Op.BETWEEN) {
            Operand.MomentRange range = (Operand.MomentRange) value;
            return !actual.isBefore(range.low()) && !actual.isAfter(range.high());
        }
        return compare(actual.compareTo(((Operand.Moment) value).value()), op);
    }

    private Predicate<Instant> within(Operand.Back back) {
        Instant since = time.since(back.amount());
        return at -> !at.isBefore(since) && !at.isAfter(time.now());
    }

    private static boolean compare(int order, Op op) {
        return switch (op) {
            case EQ -> order == 0;
            case NE -> order != 0;
            case LT -> order < 0;
            case LTE -> order <= 0;
            case GT -> order > 0;
            case GTE -> order >= 0;
            default -> throw new IllegalArgumentException(op + " is not a comparison");
        };
    }
}
