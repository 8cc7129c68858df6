package io.lineengage.domain.audience;

import static io.lineengage.domain.json.Json.arr;
import static io.lineengage.domain.json.Json.cond;
import static io.lineengage.domain.json.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.audience.AudienceMember.Happening;
import io.lineengage.domain.audience.AudienceMember.LinkedUser;
import io.lineengage.domain.customer.AttributeValue;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.customer.CustomerKind;
import io.lineengage.domain.interaction.Interaction;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.subscription.ConsentCategory;
import io.lineengage.domain.subscription.Consents;
import io.lineengage.domain.subscription.SubscriptionStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FilterEvaluatorTest {
    static final Instant NOW = Instant.parse("2026-11-26T03:00:00Z");
    static final LineAccountId ACCOUNT = FilterParserTest.ACCOUNT;
    final FilterEvaluator evaluator =
            new FilterEvaluator(FilterParserTest.CATALOGUE, new EvaluationTime(NOW, ZoneId.of("Asia/Tokyo")));

    static Customer customer(Map<String, AttributeValue> attributes, Set<String> tags, Instant createdAt) {
        return new Customer(
                new CustomerId("cus_1"),
                new OrgId("org_1"),
                Optional.of("C-1"),
                Optional.of("Aiko"),
                Optional.empty(),
                Optional.of("aiko@example.com"),
                attributes,
                tags,
                CustomerKind.REGULAR,
                createdAt,
                createdAt);
    }

    static AudienceMember member(Customer customer, LinkedUser... users) {
        return new AudienceMember(customer, List.of(users), Set.of("lst_1"));
    }

    boolean matches(JsonLike json, AudienceMember member) {
        return evaluator.matches(FilterParser.parse(json, "filter", FilterParserTest.CATALOGUE), member);
    }

    @Test
    void aMissingValueFailsEveryComparisonAndItsNegationHolds() {
        AudienceMember noPoints = member(customer(Map.of(), Set.of(), NOW));
        assertThat(matches(cond("attributes.points", "ne", 5), noPoints)).isFalse();
        assertThat(matches(cond("attributes.points", "gte", 5), noPoints)).isFalse();
        assertThat(matches(obj("not", cond("attributes.points", "gte", 5)), noPoints))
                .isTrue();
        assertThat(matches(cond("attributes.points", "exists", false), noPoints))
                .isTrue();
        assertThat(matches(cond("mobile", "eq", "+81"), noPoints)).isFalse();
    }

    @Test
    void comparesNumbersByValueAndTextExactly() {
        AudienceMember gold = member(customer(
                Map.of(
                        "points",
                        new AttributeValue.Number(new BigDecimal("1000.0")),
                        "tier",
                        new AttributeValue.Text("GOLD")),
                Set.of("a", "b"),
                NOW));
        assertThat(matches(cond("attributes.points", "eq", 1000), gold)).isTrue();
        assertThat(matches(cond("attributes.points", "between", arr(1000, 1000)), gold))
                .isTrue();
        assertThat(matches(cond("attributes.points", "in", arr(1, 1000)), gold)).isTrue();
        assertThat(matches(cond("attributes.tier", "contains", "OL"), gold)).isTrue();
        assertThat(matches(cond("attributes.tier", "eq", "gold"), gold)).isFalse();
        assertThat(matches(cond("tags", "in", arr("c", "b")), gold)).isTrue();
        assertThat(matches(cond("tags", "contains", "c"), gold)).isFalse();
        assertThat(matches(cond("list", "eq", "lst_1"), gold)).isTrue();
    }

    @Test
    void withinReachesBackFromNowInTheOrgsZone() {
        Customer recent = customer(
                Map.of("birthday", new AttributeValue.Day(LocalDate.parse("2026-10-27"))),
                Set.of(),
                Instant.parse("2026-10-27T03:00:00Z"));
        assertThat(matches(cond("createdAt", "within", "P30D"), member(recent))).isTrue();
        assertThat(matches(cond("createdAt", "within", "P29D"), member(recent))).isFalse();
        assertThat(matches(cond("birthday", "within", "P30D"), member(recent))).isTrue();
        assertThat(matches(cond("birthday", "within", "P29D"), member(recent))).isFalse();
    }

    @Test
    void statusIsFollowingWhenAnyLineUserFollowsAndConsentDefaultsToFollowing() {
        LinkedUser blocked =
                new LinkedUser("provider-a", "U1", Map.of(ACCOUNT, SubscriptionStatus.BLOCKED), Map.of(), List.of());
        LinkedUser following = new LinkedUser(
                "provider-a",
                "U2",
                Map.of(ACCOUNT, SubscriptionStatus.FOLLOWING),
                Map.of(ACCOUNT, Consents.NONE.with(ConsentCategory.TRANSACTIONAL, false)),
                List.of(new Happening(ACCOUNT, Interaction.Kind.MESSAGE, NOW.minusSeconds(60))));
        LinkedUser otherProvider =
                new LinkedUser("provider-b", "U3", Map.of(ACCOUNT, SubscriptionStatus.FOLLOWING), Map.of(), List.of());
        Customer customer = customer(Map.of(), Set.of(), NOW);
        JsonLike isFollowing =
                obj("field", "subscription.status", "account", "acc_1", "op", "eq", "value", "FOLLOWING");
        JsonLike isBlocked = obj("field", "subscription.status", "account", "acc_1", "op", "eq", "value", "BLOCKED");
        JsonLike promotional = obj("field", "consent.promotional", "account", "acc_1", "op", "eq", "value", true);
        JsonLike transactional = obj("field", "consent.transactional", "account", "acc_1", "op", "eq", "value", true);

        assertThat(matches(isFollowing, member(customer, blocked, following))).isTrue();
        assertThat(matches(isBlocked, member(customer, blocked))).isTrue();
        assertThat(matches(isFollowing, member(customer, otherProvider))).isFalse();
        assertThat(matches(promotional, member(customer, following))).isTrue();
        assertThat(matches(transactional, member(customer, following))).isFalse();
        assertThat(matches(promotional, member(customer, blocked))).isFalse();
        assertThat(matches(
                        obj("field", "lineIdentity", "account", "acc_1", "op", "exists"),
                        member(customer, otherProvider)))
                .isFalse();
        assertThat(matches(obj("field", "lineIdentity", "op", "exists"), member(customer, otherProvider)))
                .isTrue();
        assertThat(matches(cond("interactions.message", "within", "PT2M"), member(customer, following)))
                .isTrue();
        assertThat(matches(cond("interactions.message", "within", "PT30S"), member(customer, following)))
                .isFalse();
        assertThat(matches(cond("interactions.postback", "exists", true), member(customer, following)))
                .isFalse();
    }
}
