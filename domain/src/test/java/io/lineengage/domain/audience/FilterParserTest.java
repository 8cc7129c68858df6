package io.lineengage.domain.audience;

import static io.lineengage.domain.json.Json.arr;
import static io.lineengage.domain.json.Json.cond;
import static io.lineengage.domain.json.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.customer.AttributeType;
import io.lineengage.domain.error.FieldError;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.json.JsonLike;
import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FilterParserTest {
    static final LineAccountId ACCOUNT = new LineAccountId("acc_1");
    static final FieldCatalogue CATALOGUE = new FieldCatalogue(
            Map.of(
                    "tier",
                    AttributeType.STRING,
                    "points",
                    AttributeType.NUMBER,
                    "vip",
                    AttributeType.BOOLEAN,
                    "birthday",
                    AttributeType.DATE),
            Map.of(ACCOUNT, "provider-a"),
            Set.of("lst_1"));

    @Test
    void readsTheExampleOfApiMd() {
        Filter filter = FilterParser.parse(
                obj(
                        "and",
                        arr(
                                cond("attributes.tier", "in", arr("GOLD", "PLATINUM")),
                                obj(
                                        "field",
                                        "subscription.status",
                                        "account",
                                        "acc_1",
                                        "op",
                                        "eq",
                                        "value",
                                        "FOLLOWING"),
                                obj("not", cond("tags", "contains", "vip-excluded")),
                                obj(
                                        "or",
                                        arr(
                                                cond("createdAt", "within", "P30D"),
                                                cond("attributes.points", "gte", 1000))))),
                "filter",
                CATALOGUE);

        assertThat(filter)
                .isEqualTo(new Filter.And(List.of(
                        new Filter.Condition(
                                new Field.Attribute("tier", AttributeType.STRING),
                                Op.IN,
                                new Operand.Texts(List.of("GOLD", "PLATINUM"))),
                        new Filter.Condition(
                                new Field.SubscriptionStatus(ACCOUNT, "provider-a"),
                                Op.EQ,
                                new Operand.Text("FOLLOWING")),
                        new Filter.Not(
                                new Filter.Condition(new Field.Tags(), Op.CONTAINS, new Operand.Text("vip-excluded"))),
                        new Filter.Or(List.of(
                                new Filter.Condition(
                                        new Field.CustomerField(Field.Column.CREATED_AT),
                                        Op.WITHIN,
                                        new Operand.Back(Period.ofDays(30), "P30D")),
                                new Filter.Condition(
                                        new Field.Attribute("points", AttributeType.NUMBER),
                                        Op.GTE,
                                        new Operand.Number(new BigDecimal("1000"))))))));
    }

    @Test
    void namesTheExactPathOfEveryMistake() {
        assertThat(errors(obj(
                        "and",
                        arr(
                                cond("name", "eq", "A"),
                                cond("email", "exists", true),
                                obj("or", arr(cond("attributes.points", "gte", "many")))))))
                .containsExactly(new FieldError("filter.and[2].or[0].value", "must be a number"));

        assertThat(errors(obj("or", arr(cond("attributes.unknown", "eq", "x"), cond("tags", "gt", "a")))))
                .extracting(FieldError::field)
                .containsExactly("filter.or[0].field", "filter.or[1].op");
        assertThat(errors(obj("field", "subscription.status", "op", "eq", "value", "FOLLOWING")))
                .extracting(FieldError::field)
                .containsExactly("filter.account");
        assertThat(errors(
                        obj("field", "subscription.status", "account", "acc_other", "op", "eq", "value", "FOLLOWING")))
                .containsExactly(new FieldError("filter.account", "is not a LINE account of this org"));
        assertThat(errors(obj("field", "subscription.status", "account", "acc_1", "op", "eq", "value", "MAYBE")))
                .extracting(FieldError::field)
                .containsExactly("filter.value");
        assertThat(errors(cond("attributes.points", "between", arr(10, 1))))
                .containsExactly(new FieldError("filter.value", "must list the low end first"));
        assertThat(errors(cond("birthday", "within", "soon")))
                .extracting(FieldError::field)
                .containsExactly("filter.value");
        assertThat(errors(cond("list", "eq", "lst_unknown")))
                .extracting(FieldError::field)
                .containsExactly("filter.value");
        assertThat(errors(cond("campaigns.received", "eq", "cmp_unknown")))
                .extracting(FieldError::field)
                .containsExactly("filter.value");
        assertThat(errors(cond("campaigns.received", "contains", "cmp_1")))
                .extracting(FieldError::field)
                .containsExactly("filter.op");
        assertThat(errors(cond("attributes.tier", "in", arr("GOLD", 3))))
                .extracting(FieldError::field)
                .containsExactly("filter.value[1]");
        assertThat(errors(obj("and", arr()))).extracting(FieldError::field).containsExactly("filter.and");
        assertThat(errors(obj("field", "tags", "op", "contains", "value", "a", "account", "acc_1")))
                .extracting(FieldError::field)
                .containsExactly("filter.account");
        assertThat(errors(obj("field", "name", "op", "like", "value", "a")))
                .extracting(FieldError::field)
                .containsExactly("filter.op");
        assertThat(errors(new JsonLike.JString("everyone")))
                .extracting(FieldError::field)
                .containsExactly("filter");
    }

    @Test
    void refusesFiltersNestedTooDeep() {
        JsonLike filter = cond("name", "exists", true);
        for (int i = 0; i < FilterParser.MAX_DEPTH + 1; i++) {
            filter = obj("not", filter);
        }
        assertThat(errors(filter)).extracting(FieldError::message).anyMatch(m -> m.contains("nested deeper"));
    }

    @Test
    void existsTakesTrueByDefault() {
        assertThat(FilterParser.parse(obj("field", "lineIdentity", "op", "exists"), "filter", CATALOGUE))
                .isEqualTo(new Filter.Condition(
                        new Field.LineIdentity(Optional.empty(), Optional.empty()), Op.EXISTS, new Operand.Bool(true)));
    }

    @Test
    void birthdayNeedsTheBirthdayAttributeToBeADate() {
        FieldCatalogue textBirthday = new FieldCatalogue(Map.of("birthday", AttributeType.STRING), Map.of(), Set.of());
        assertThatThrownBy(() -> FilterParser.parse(cond("birthday", "eq", "2000-01-01"), "filter", textBirthday))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("filter.field");
    }

    private static List<FieldError> errors(JsonLike json) {
        try {
            FilterParser.parse(json, "filter", CATALOGUE);
        } catch (ValidationException e) {
            return e.errors();
        }
        throw new AssertionError("accepted " + json);
    }

    @Test
    void campaignClicksTakeCampaignIdsAndAnOptionalPeriodWhichNoOtherFieldTakes() {
        FieldCatalogue withCampaigns = new FieldCatalogue(
                CATALOGUE.attributes(), CATALOGUE.providers(), CATALOGUE.lists(), Set.of("cmp_1", "cmp_2"));

        Filter clicked = FilterParser.parse(
                obj("field", "campaigns.clicked", "op", "in", "value", arr("cmp_1", "cmp_2"), "within", "P7D"),
                "filter",
                withCampaigns);

        assertThat(clicked)
                .isInstanceOfSatisfying(
                        Filter.Condition.class,
                        condition -> assertThat(((Field.ClickedCampaign) condition.field()).within())
                                .hasValueSatisfying(
                                        back -> assertThat(back.amount()).isEqualTo(Period.ofDays(7))));
        for (var bad : List.of(
                Map.entry(obj("field", "campaigns.clicked", "op", "eq", "value", "cmp_9"), "filter.value"),
                Map.entry(
                        obj("field", "campaigns.clicked", "op", "eq", "value", "cmp_1", "within", "soon"),
                        "filter.within"),
                Map.entry(
                        obj("field", "campaigns.clicked", "op", "eq", "value", "cmp_1", "within", "-P1D"),
                        "filter.within"),
                Map.entry(obj("field", "tags", "op", "contains", "value", "a", "within", "P1D"), "filter.within"))) {
            assertThatThrownBy(() -> FilterParser.parse(bad.getKey(), "filter", withCampaigns))
                    .isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(((ValidationException) e).errors())
                            .extracting(FieldError::field)
                            .contains(bad.getValue()));
        }
    }
}
