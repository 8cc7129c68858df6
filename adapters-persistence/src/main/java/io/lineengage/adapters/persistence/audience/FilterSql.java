package io.lineengage.adapters.persistence.audience;

import io.lineengage.domain.audience.EvaluationTime;
import io.lineengage.domain.audience.Field;
import io.lineengage.domain.audience.Filter;
import io.lineengage.domain.audience.Op;
import io.lineengage.domain.audience.Operand;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * A filter compiled to a SQL condition on {@code customers c}. Every value, attribute name, account and provider
 * is a bind parameter; the SQL text is built only from the fixed expressions below, so no user text reaches it.
 * Each condition is never NULL (a missing value makes it false), so that {@code NOT} means what the in-memory
 * evaluator means.
 */
final class FilterSql {
    private static final String IDENTITY = "SELECT 1 FROM line_identities i WHERE i.customer_id = c.id";

    private final StringBuilder sql = new StringBuilder();
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, String[]> texts = new LinkedHashMap<>();
    private final Map<String, String[]> numbers = new LinkedHashMap<>();
    private final EvaluationTime time;

    private FilterSql(EvaluationTime time) {
        this.time = time;
    }

    static FilterSql compile(Filter filter, EvaluationTime time) {
        FilterSql compiled = new FilterSql(time);
        compiled.node(filter);
        return compiled;
    }

    String condition() {
        return sql.toString();
    }

    <S extends SqlStatement<S>> S bind(S statement) {
        values.forEach(statement::bind);
        texts.forEach((name, array) -> statement.bindArray(name, String.class, (Object[]) array));
        numbers.forEach((name, array) -> statement.bindArray(name, String.class, (Object[]) array));
        return statement;
    }

    private void node(Filter filter) {
        if (filter instanceof Filter.And and) {
            join(and.all(), " AND ");
        } else if (filter instanceof Filter.Or or) {
            join(or.any(), " OR ");
        } else if (filter instanceof Filter.Not not) {
            sql.append("NOT (");
            node(not.negated());
            sql.append(')');
        } else {
            sql.append('(');
            condition((Filter.Condition) filter);
            sql.append(')');
        }
    }

    private void join(List<Filter> parts, String operator) {
        sql.append('(');
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                sql.append(operator);
            }
            node(parts.get(i));
        }
        sql.append(')');
    }

    private void condition(Filter.Condition condition) {
        Field field = condition.field();
        Op op = condition.op();
        Operand value = condition.value();
        if (field instanceof Field.CustomerField customer) {
            switch (customer.column()) {
                case EXTERNAL_ID -> text("c.external_id", op, value);
                case NAME -> text("c.name", op, value);
                case MOBILE -> text("c.mobile", op, value);
                case EMAIL -> text("c.email", op, value);
                case CREATED_AT -> compare("c.created_at", op, resolved(op, value, false));
                case BIRTHDAY -> {
                    String name = bind("birthday");
                    typed(
                            "(c.attributes ->> :" + name + ")::date",
                            "c.attributes -> :" + name,
                            op,
                            resolved(op, value, true));
                }
            }
        } else if (field instanceof Field.Attribute attribute) {
            String name = bind(attribute.attribute());
            String json = "c.attributes -> :" + name;
            switch (attribute.type()) {
                case STRING -> text("c.attributes ->> :" + name, op, value);
                case NUMBER -> typed("(c.attributes -> :" + name + ")::numeric", json, op, value);
                case BOOLEAN -> typed("(c.attributes -> :" + name + ")::boolean", json, op, value);
                case DATE -> typed("(c.attributes ->> :" + name + ")::date", json, op, resolved(op, value, true));
            }
        } else if (field instanceof Field.Tags) {
            switch (op) {
                case CONTAINS ->
                    sql.append("c.tags @> ARRAY[CAST(:")
                            .append(bind(((Operand.Text) value).value()))
                            .append(" AS text)]");
                case IN ->
                    sql.append("c.tags && CAST(:")
                            .append(bindTexts(((Operand.Texts) value).values()))
                            .append(" AS text[])");
                default ->
                    sql.append(((Operand.Bool) value).value() ? "" : "NOT ").append("cardinality(c.tags) > 0");
            }
        } else if (field instanceof Field.SubscriptionStatus status) {
            List<String> wanted =
                    op == Op.IN ? ((Operand.Texts) value).values() : List.of(((Operand.Text) value).value());
            if (op == Op.NE) {
                sql.append("NOT ");
            }
            sql.append('(');
            for (int i = 0; i < wanted.size(); i++) {
                sql.append(i > 0 ? " OR " : "").append(statusIs(status, wanted.get(i)));
            }
            sql.append(')');
        } else if (field instanceof Field.Consent consent) {
            String account = bind(consent.account().value());
            sql.append(((Operand.Bool) value).value() ? "" : "NOT ")
                    .append("EXISTS (SELECT 1 FROM line_identities i")
                    .append(" LEFT JOIN line_subscriptions s ON s.account_id = :")
                    .append(account)
                    .append(" AND s.line_user_id = i.line_user_id")
                    .append(" LEFT JOIN line_consents k ON k.account_id = :")
                    .append(account)
                    .append(" AND k.line_user_id = i.line_user_id AND k.category = :")
                    .append(bind(consent.category().name()))
                    .append(" WHERE i.customer_id = c.id AND i.provider = :")
                    .append(bind(consent.provider()))
                    .append(" AND COALESCE(k.opted_in, s.status = 'FOLLOWING', false))");
        } else if (field instanceof Field.LineIdentity identity) {
            sql.append(((Operand.Bool) value).value() ? "" : "NOT ")
                    .append("EXISTS (")
                    .append(IDENTITY);
            identity.provider()
                    .ifPresent(provider -> sql.append(" AND i.provider = :").append(bind(provider)));
            sql.append(')');
        } else if (field instanceof Field.ClickedCampaign clicked) {
            List<String> campaigns =
                    op == Op.IN ? ((Operand.Texts) value).values() : List.of(((Operand.Text) value).value());
            sql.append("EXISTS (SELECT 1 FROM clicks k WHERE k.customer_id = c.id AND k.source = 'CAMPAIGN'")
                    .append(" AND k.source_id = ANY(CAST(:")
                    .append(bindTexts(campaigns))
                    .append(" AS text[]))");
            clicked.within()
                    .ifPresent(back -> sql.append(" AND k.clicked_at BETWEEN :")
                            .append(bind(moment(time.since(back.amount()))))
                            .append(" AND :")
                            .append(bind(moment(time.now()))));
            sql.append(')');
        } else if (field instanceof Field.ReceivedCampaign) {
            List<String> campaigns =
                    op == Op.IN ? ((Operand.Texts) value).values() : List.of(((Operand.Text) value).value());
            sql.append("EXISTS (SELECT 1 FROM campaign_deliveries d JOIN campaign_batches b ON b.id = d.batch_id")
                    .append(" WHERE d.customer_id = c.id AND b.status = 'SENT' AND d.campaign_id = ANY(CAST(:")
                    .append(bindTexts(campaigns))
                    .append(" AS text[])))");
        } else if (field instanceof Field.ListMembership) {
            List<String> lists =
                    op == Op.IN ? ((Operand.Texts) value).values() : List.of(((Operand.Text) value).value());
            sql.append(
                            "EXISTS (SELECT 1 FROM customer_list_members m WHERE m.customer_id = c.id AND m.list_id = ANY(CAST(:")
                    .append(bindTexts(lists))
                    .append(" AS text[])))");
        } else {
            Field.Interactions interactions = (Field.Interactions) field;
            boolean wanted = op == Op.WITHIN || ((Operand.Bool) value).value();
            sql.append(wanted ? "" : "NOT ")
                    .append("EXISTS (SELECT 1 FROM line_identities i")
                    .append(" JOIN line_interactions x ON x.org_id = i.org_id AND x.line_user_id = i.line_user_id")
                    .append(" JOIN line_accounts a ON a.id = x.account_id AND a.provider_name = i.provider")
                    .append(" WHERE i.customer_id = c.id AND x.kind = :")
                    .append(bind(interactions.kind().name()));
            interactions
                    .account()
                    .ifPresent(account -> sql.append(" AND x.account_id = :").append(bind(account.value())));
            if (op == Op.WITHIN) {
                Operand.Back back = (Operand.Back) value;
                sql.append(" AND x.occurred_at BETWEEN :")
                        .append(bind(moment(time.since(back.amount()))))
                        .append(" AND :")
                        .append(bind(moment(time.now())));
            }
            sql.append(')');
        }
    }

    private String statusIs(Field.SubscriptionStatus status, String wanted) {
        String following = hasStatus(status, "FOLLOWING");
        return switch (wanted) {
            case "FOLLOWING" -> following;
            case "BLOCKED" -> "(NOT " + following + " AND " + hasStatus(status, "BLOCKED") + ")";
            default -> "(NOT " + following + " AND NOT " + hasStatus(status, "BLOCKED") + ")";
        };
    }

    private String hasStatus(Field.SubscriptionStatus status, String wanted) {
        return "EXISTS (SELECT 1 FROM line_identities i JOIN line_subscriptions s ON s.account_id = :"
                + bind(status.account().value()) + " AND s.line_user_id = i.line_user_id"
                + " WHERE i.customer_id = c.id AND i.provider = :" + bind(status.provider())
                + " AND s.status = :" + bind(wanted) + ")";
    }

    private void text(String expression, Op op, Operand value) {
        if (op == Op.EXISTS) {
            sql.append(expression).append(((Operand.Bool) value).value() ? " IS NOT NULL" : " IS NULL");
            return;
        }
        sql.append("COALESCE(");
        switch (op) {
            case EQ -> sql.append(expression).append(" = :").append(bind(((Operand.Text) value).value()));
            case NE -> sql.append(expression).append(" <> :").append(bind(((Operand.Text) value).value()));
            case CONTAINS ->
                sql.append("strpos(")
                        .append(expression)
                        .append(", :")
                        .append(bind(((Operand.Text) value).value()))
                        .append(") > 0");
            default ->
                sql.append(expression)
                        .append(" = ANY(CAST(:")
                        .append(bindTexts(((Operand.Texts) value).values()))
                        .append(" AS text[]))");
        }
        sql.append(", false)");
    }

    /** A number, boolean or date read from the attributes (present or not: {@code presence}). */
    private void typed(String expression, String presence, Op op, Operand value) {
        if (op == Op.EXISTS) {
            sql.append(presence).append(((Operand.Bool) value).value() ? " IS NOT NULL" : " IS NULL");
            return;
        }
        sql.append("COALESCE(");
        compare(expression, op, value);
        sql.append(", false)");
    }

    private void compare(String expression, Op op, Operand value) {
        if (op == Op.IN) {
            sql.append(expression)
                    .append(" = ANY(CAST(:")
                    .append(bindNumbers(((Operand.Numbers) value).values()))
                    .append(" AS numeric[]))");
            return;
        }
        if (op == Op.BETWEEN || op == Op.WITHIN) {
            Object[] range = range(value);
            sql.append(expression)
                    .append(" BETWEEN :")
                    .append(bind(range[0]))
                    .append(" AND :")
                    .append(bind(range[1]));
            return;
        }
        String operator = switch (op) {
            case EQ -> " = ";
            case NE -> " <> ";
            case LT -> " < ";
            case LTE -> " <= ";
            case GT -> " > ";
            case GTE -> " >= ";
            default -> throw new IllegalArgumentException(op + " is not a comparison");
        };
        sql.append(expression).append(operator).append(':').append(bind(scalar(value)));
    }

    /** {@code within} as the range it means now: days for dates, moments for createdAt. */
    private Operand resolved(Op op, Operand value, boolean days) {
        if (op != Op.WITHIN) {
            return value;
        }
        Operand.Back back = (Operand.Back) value;
        return days
                ? new Operand.DayRange(time.sinceDay(back.amount()), time.today())
                : new Operand.MomentRange(time.since(back.amount()), time.now());
    }

    private Object[] range(Operand value) {
        if (value instanceof Operand.NumberRange numbers) {
            return new Object[] {numbers.low(), numbers.high()};
        }
        if (value instanceof Operand.DayRange days) {
            return new Object[] {days.low(), days.high()};
        }
        if (value instanceof Operand.MomentRange moments) {
            return new Object[] {moment(moments.low()), moment(moments.high())};
        }
        throw new IllegalArgumentException("no range in " + value);
    }

    private Object scalar(Operand value) {
        if (value instanceof Operand.Number number) {
            return number.value();
        }
        if (value instanceof Operand.Bool bool) {
            return bool.value();
        }
        if (value instanceof Operand.Day day) {
            return day.value();
        }
        if (value instanceof Operand.Moment moment) {
            return moment(moment.value());
        }
        throw new IllegalArgumentException("no scalar in " + value);
    }

    private static OffsetDateTime moment(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private String bind(Object value) {
        String name = "f" + (values.size() + texts.size() + numbers.size());
        values.put(name, value);
        return name;
    }

    private String bindTexts(List<String> list) {
        String name = "f" + (values.size() + texts.size() + numbers.size());
        texts.put(name, list.toArray(new String[0]));
        return name;
    }

    private String bindNumbers(List<BigDecimal> list) {
        String name = "f" + (values.size() + texts.size() + numbers.size());
        // JDBI has no array type for BigDecimal: the decimals travel as text and are cast to numeric[] in SQL.
        numbers.put(name, list.stream().map(BigDecimal::toPlainString).toArray(String[]::new));
        return name;
    }
}
