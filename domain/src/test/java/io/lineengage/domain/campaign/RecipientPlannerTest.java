package io.lineengage.domain.campaign;

import static io.lineengage.domain.json.Json.arr;
import static io.lineengage.domain.json.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.audience.AudienceMember;
import io.lineengage.domain.audience.AudienceMember.LinkedUser;
import io.lineengage.domain.customer.AttributeValue;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.customer.CustomerKind;
import io.lineengage.domain.gateway.Gateway;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.gateway.PriorityClass;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.subscription.ConsentCategory;
import io.lineengage.domain.subscription.Consents;
import io.lineengage.domain.subscription.SubscriptionStatus;
import io.lineengage.domain.template.Template;
import io.lineengage.domain.template.TemplateId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecipientPlannerTest {
    static final Instant T0 = Instant.parse("2026-11-26T00:00:00Z");
    static final OrgId ORG = new OrgId("org_1");
    static final LineAccountId TOKYO = new LineAccountId("acc_tokyo");
    static final LineAccountId OSAKA = new LineAccountId("acc_osaka");
    static final Map<LineAccountId, String> PROVIDERS = Map.of(TOKYO, "Brand", OSAKA, "Brand");
    static final Gateway SEVENTY = gateway("gw_a", TOKYO, 70);
    static final Gateway THIRTY = gateway("gw_b", OSAKA, 30);

    static Gateway gateway(String id, LineAccountId account, int weight) {
        return new Gateway(
                new GatewayId(id),
                ORG,
                account,
                weight,
                PriorityClass.BULK,
                Optional.empty(),
                Optional.empty(),
                true,
                T0,
                T0);
    }

    static Template template(String text) {
        return new Template(TemplateId.generate(), ORG, "T", arr(obj("type", "text", "text", text)), false, T0, T0);
    }

    static AudienceMember member(String name, LinkedUser... users) {
        Customer customer = new Customer(
                CustomerId.generate(),
                ORG,
                Optional.of("C-" + name),
                Optional.ofNullable(name),
                Optional.empty(),
                Optional.empty(),
                Map.of(),
                Set.of(),
                CustomerKind.REGULAR,
                T0,
                T0);
        return new AudienceMember(customer, List.of(users), Set.of());
    }

    static LinkedUser user(
            String id,
            String provider,
            Map<LineAccountId, SubscriptionStatus> statuses,
            Map<LineAccountId, Consents> consents) {
        return new LinkedUser(provider, id, statuses, consents, List.of());
    }

    RecipientPlanner planner(Template template) {
        return new RecipientPlanner(template, ConsentCategory.PROMOTIONAL, List.of(SEVENTY, THIRTY), PROVIDERS);
    }

    @Test
    void skipsWithTheReasonThatApplies() {
        RecipientPlanner planner = planner(template("Sale"));
        assertThat(planner.plan(member("a"), Optional.empty()))
                .isInstanceOfSatisfying(
                        RecipientPlan.Skipped.class,
                        skipped -> assertThat(skipped.reason()).isEqualTo(SkipReason.NO_LINE_IDENTITY));
        assertThat(planner.plan(
                        member("b", user("U1", "Brand", Map.of(TOKYO, SubscriptionStatus.BLOCKED), Map.of())),
                        Optional.empty()))
                .isInstanceOfSatisfying(
                        RecipientPlan.Skipped.class,
                        skipped -> assertThat(skipped.reason()).isEqualTo(SkipReason.NOT_FOLLOWING));
        assertThat(planner.plan(
                        member("c", user("U2", "Other", Map.of(TOKYO, SubscriptionStatus.FOLLOWING), Map.of())),
                        Optional.empty()))
                .isInstanceOfSatisfying(
                        RecipientPlan.Skipped.class,
                        skipped -> assertThat(skipped.reason()).isEqualTo(SkipReason.NOT_FOLLOWING));
        assertThat(planner.plan(
                        member(
                                "d",
                                user(
                                        "U3",
                                        "Brand",
                                        Map.of(TOKYO, SubscriptionStatus.FOLLOWING),
                                        Map.of(TOKYO, Consents.NONE.with(ConsentCategory.PROMOTIONAL, false)))),
                        Optional.empty()))
                .isInstanceOfSatisfying(
                        RecipientPlan.Skipped.class,
                        skipped -> assertThat(skipped.reason()).isEqualTo(SkipReason.NO_CONSENT));
        assertThat(planner(template("Hi {{attributes.points}}"))
                        .plan(
                                member("e", user("U4", "Brand", Map.of(TOKYO, SubscriptionStatus.FOLLOWING), Map.of())),
                                Optional.empty()))
                .isInstanceOfSatisfying(RecipientPlan.Skipped.class, skipped -> {
                    assertThat(skipped.reason()).isEqualTo(SkipReason.MISSING_LABEL_VALUE);
                    assertThat(skipped.reason().code()).isEqualTo("missing_label_value");
                });
    }

    @Test
    void aFrequencyCapSkipsWhoWasSentEnoughAlready() {
        AudienceMember follower =
                member("f", user("U9", "Brand", Map.of(TOKYO, SubscriptionStatus.FOLLOWING), Map.of()));
        Optional<FrequencyCap> twoAWeek = Optional.of(new FrequencyCap(2, Period.ofDays(7)));
        assertThat(planner(template("Sale")).plan(follower, Optional.empty(), twoAWeek, 1))
                .isInstanceOf(RecipientPlan.Queued.class);
        assertThat(planner(template("Sale")).plan(follower, Optional.empty(), twoAWeek, 2))
                .isInstanceOfSatisfying(
                        RecipientPlan.Skipped.class,
                        skipped -> assertThat(skipped.reason().code()).isEqualTo("capped"));
    }

    @Test
    void sendsOnlyThroughAnAccountTheUserFollowsAndConsentedTo() {
        LinkedUser optedOutOfTokyo = user(
                "U5",
                "Brand",
                Map.of(TOKYO, SubscriptionStatus.FOLLOWING, OSAKA, SubscriptionStatus.FOLLOWING),
                Map.of(TOKYO, Consents.NONE.with(ConsentCategory.PROMOTIONAL, false)));
        RecipientPlan plan = planner(template("Hi {{name}}")).plan(member("Hana", optedOutOfTokyo), Optional.empty());
        assertThat(plan).isInstanceOfSatisfying(RecipientPlan.Queued.class, queued -> {
            assertThat(queued.gateway()).isEqualTo(THIRTY);
            assertThat(queued.lineUserId()).isEqualTo("U5");
            assertThat(queued.messages()).contains(arr(obj("type", "text", "text", "Hi Hana")));
        });
    }

    @Test
    void theDisplayNameIsTheLastKnownOneOfTheUserTheChosenGatewayReaches() {
        Map<LineAccountId, SubscriptionStatus> followsTokyo = Map.of(TOKYO, SubscriptionStatus.FOLLOWING);
        Map<LineAccountId, SubscriptionStatus> followsOsaka = Map.of(OSAKA, SubscriptionStatus.FOLLOWING);
        RecipientPlanner planner = new RecipientPlanner(
                template("Hi {{lineDisplayName|friend}}"),
                ConsentCategory.PROMOTIONAL,
                List.of(SEVENTY, THIRTY),
                Map.of(TOKYO, "Brand", OSAKA, "Other"));

        // Tokyo (70) takes the first recipient: the name is that of the Brand user, not the Other one's.
        RecipientPlan.Queued first = (RecipientPlan.Queued) planner.plan(
                member(
                        "a",
                        new LinkedUser("Brand", "U1", followsTokyo, Map.of(), List.of(), Optional.of("Taro")),
                        new LinkedUser("Other", "U2", followsOsaka, Map.of(), List.of(), Optional.of("Jiro"))),
                Optional.empty());
        assertThat(first.lineUserId()).isEqualTo("U1");
        assertThat(first.messages()).contains(arr(obj("type", "text", "text", "Hi Taro")));

        RecipientPlan.Queued unknown = (RecipientPlan.Queued)
                planner.plan(member("b", user("U3", "Brand", followsTokyo, Map.of())), Optional.empty());
        assertThat(unknown.messages()).contains(arr(obj("type", "text", "text", "Hi friend")));

        RecipientPlan.Queued given = (RecipientPlan.Queued) planner.plan(
                member("c", new LinkedUser("Brand", "U4", followsTokyo, Map.of(), List.of(), Optional.of("Saburo"))),
                Optional.of("Shiro"));
        assertThat(given.messages()).contains(arr(obj("type", "text", "text", "Hi Shiro")));
    }

    @Test
    void aRecipientSkippedAtRenderingDoesNotCountTowardsTheWeights() {
        RecipientPlanner planner = planner(template("Hi {{attributes.points}}"));
        Map<LineAccountId, SubscriptionStatus> both =
                Map.of(TOKYO, SubscriptionStatus.FOLLOWING, OSAKA, SubscriptionStatus.FOLLOWING);
        int seventy = 0;
        for (int i = 0; i < 100; i++) {
            AudienceMember member = member("m" + i, user("U" + i, "Brand", both, Map.of()));
            if (i % 2 == 0) {
                member = new AudienceMember(
                        new Customer(
                                member.customer().id(),
                                ORG,
                                Optional.of("C-m" + i),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Map.of("points", new AttributeValue.Number(BigDecimal.TEN)),
                                Set.of(),
                                CustomerKind.REGULAR,
                                T0,
                                T0),
                        member.lineUsers(),
                        Set.of());
            }
            if (planner.plan(member, Optional.empty()) instanceof RecipientPlan.Queued queued) {
                seventy += queued.gateway().equals(SEVENTY) ? 1 : 0;
            }
        }
        assertThat(seventy).as("70 % of the 50 who rendered").isEqualTo(35);
    }

    @Test
    void followersOfBothAccountsAreSplitByWeight() {
        RecipientPlanner planner = planner(template("Sale"));
        int seventy = 0;
        for (int i = 0; i < 1_000; i++) {
            RecipientPlan plan = planner.plan(
                    member(
                            "m" + i,
                            user(
                                    "U" + i,
                                    "Brand",
                                    Map.of(TOKYO, SubscriptionStatus.FOLLOWING, OSAKA, SubscriptionStatus.FOLLOWING),
                                    Map.of())),
                    Optional.empty());
            RecipientPlan.Queued queued = (RecipientPlan.Queued) plan;
            assertThat(queued.messages()).isEmpty();
            seventy += queued.gateway().equals(SEVENTY) ? 1 : 0;
        }
        assertThat(seventy).isEqualTo(700);
    }
}
