package io.lineengage.domain.journey;

import static io.lineengage.domain.json.Json.arr;
import static io.lineengage.domain.json.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lineengage.domain.customer.AttributeValue;
import io.lineengage.domain.error.FieldError;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.subscription.ConsentCategory;
import io.lineengage.domain.template.TemplateId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JourneyReaderTest {
    @Test
    void aWholeDefinitionIsReadStepByStep() {
        JourneyDefinition definition = JourneyReader.read(
                obj(
                        "trigger", obj("type", "keyword", "keywords", arr("coupon", "クーポン"), "match", "contains"),
                        "steps",
                                arr(
                                        obj("type", "send", "templateId", "tpl_1"),
                                        obj("type", "wait", "duration", "P2D"),
                                        obj("type", "wait", "until", "09:00"),
                                        obj(
                                                "type",
                                                "branch",
                                                "filter",
                                                obj("field", "tags", "op", "exists"),
                                                "otherwise",
                                                obj("goTo", 5)),
                                        obj("type", "tag", "add", "coupon-asked"),
                                        obj("type", "attribute", "name", "points", "value", 100),
                                        obj("type", "end")),
                        "entry", obj("again", "P30D"),
                        "exit", obj("onUnfollow", true, "onOptOut", false),
                        "category", "TRANSACTIONAL",
                        "gatewayId", "gw_1"),
                "journey");

        assertThat(definition.trigger()).isEqualTo(new Trigger.Keyword(List.of("coupon", "クーポン"), false));
        assertThat(definition.steps())
                .containsExactly(
                        new Step.Send(new TemplateId("tpl_1")),
                        new Step.Wait(Optional.of(Duration.ofDays(2)), Optional.empty()),
                        new Step.Wait(Optional.empty(), Optional.of(LocalTime.of(9, 0))),
                        new Step.Branch(obj("field", "tags", "op", "exists"), Optional.of(5)),
                        new Step.Tag("coupon-asked", true),
                        new Step.SetAttribute("points", new AttributeValue.Number(new BigDecimal("100"))),
                        new Step.End());
        assertThat(definition.rules())
                .isEqualTo(new EntryRules(Optional.of(Duration.ofDays(30)), true, false, Optional.empty()));
        assertThat(definition.category()).isEqualTo(ConsentCategory.TRANSACTIONAL);
        assertThat(definition.gatewayId()).contains(new GatewayId("gw_1"));
        assertThat(definition.sends()).isTrue();
    }

    @Test
    void everyFaultIsNamedByItsPathAtOnce() {
        assertThatThrownBy(() -> JourneyReader.read(
                        obj(
                                "trigger", obj("type", "keyword", "keywords", arr("", "ok")),
                                "steps",
                                        arr(
                                                obj("type", "send"),
                                                obj("type", "wait", "duration", "soon"),
                                                obj(
                                                        "type",
                                                        "branch",
                                                        "filter",
                                                        obj("field", "tags", "op", "exists"),
                                                        "otherwise",
                                                        obj("goTo", 9)),
                                                obj("type", "teleport")),
                                "entry", obj("again", "sometimes"),
                                "category", "SPAM",
                                "quietHours", obj("start", "21:00", "end", "21:00")),
                        "journey"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .containsExactlyInAnyOrder(
                                        "journey.trigger.keywords[0]",
                                        "journey.steps[0].templateId",
                                        "journey.steps[1].duration",
                                        "journey.steps[2].otherwise.goTo",
                                        "journey.steps[3].type",
                                        "journey.entry.again",
                                        "journey.category",
                                        "journey.quietHours"));
    }

    @Test
    void aJourneyNeedsATriggerAndSteps() {
        assertThatThrownBy(() -> JourneyReader.read(obj("steps", arr()), "journey"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .containsExactlyInAnyOrder("journey.trigger", "journey.steps"));
        assertThatThrownBy(() -> JourneyReader.read(arr(), "journey")).isInstanceOf(ValidationException.class);
    }

    @Test
    void aFollowTriggerMayTakeUnblocksAndTheDefaultsAreOnceAndLeavingOnUnfollowOrOptOut() {
        JourneyDefinition definition = JourneyReader.read(
                obj("trigger", obj("type", "follow", "includeUnblocks", true), "steps", arr(obj("type", "end"))),
                "journey");
        assertThat(definition.trigger()).isEqualTo(new Trigger.Follow(true));
        assertThat(definition.rules()).isEqualTo(EntryRules.ONCE);
        assertThat(definition.category()).isEqualTo(ConsentCategory.PROMOTIONAL);
        assertThat(definition.sends()).isFalse();
    }

    @Test
    void aClickTriggerNamesACampaignOrATemplateAndADateTriggerAnAttributeAndHour() {
        assertThat(JourneyReader.read(
                                obj(
                                        "trigger",
                                        obj("type", "click", "campaignId", "cmp_1"),
                                        "steps",
                                        arr(obj("type", "end"))),
                                "journey")
                        .trigger())
                .isEqualTo(Trigger.Click.ofCampaign("cmp_1"));
        assertThat(JourneyReader.read(
                                obj(
                                        "trigger",
                                        obj("type", "click", "templateId", "tpl_1"),
                                        "steps",
                                        arr(obj("type", "end"))),
                                "journey")
                        .trigger())
                .isEqualTo(Trigger.Click.ofTemplate("tpl_1"));
        assertThat(JourneyReader.read(
                                obj(
                                        "trigger",
                                        obj("type", "date", "attribute", "birthday", "hour", 9),
                                        "steps",
                                        arr(obj("type", "end"))),
                                "journey")
                        .trigger())
                .isEqualTo(new Trigger.Date("birthday", 9));
    }

    @Test
    void aClickTriggerWithBothNeitherOrABrokenIdAndADateTriggerOffTheClockAreFaultsAtTheirPaths() {
        for (Object trigger :
                List.of(obj("type", "click"), obj("type", "click", "campaignId", "cmp_1", "templateId", "tpl_1"))) {
            assertThatThrownBy(() -> JourneyReader.read(obj("trigger", trigger, "steps", arr(obj("type", "end"))), "j"))
                    .isInstanceOfSatisfying(
                            ValidationException.class,
                            e -> assertThat(e.errors())
                                    .extracting(FieldError::field)
                                    .containsExactly("j.trigger.campaignId"));
        }
        for (String broken : List.of("", "  ", "tpl\u0000x")) {
            assertThatThrownBy(() -> JourneyReader.read(
                            obj(
                                    "trigger",
                                    obj("type", "click", "templateId", broken),
                                    "steps",
                                    arr(obj("type", "end"))),
                            "j"))
                    .isInstanceOfSatisfying(
                            ValidationException.class,
                            e -> assertThat(e.errors())
                                    .extracting(FieldError::field)
                                    .containsExactly("j.trigger.templateId"));
        }
        assertThatThrownBy(() -> JourneyReader.read(
                        obj(
                                "trigger",
                                obj("type", "date", "attribute", " ", "hour", 24),
                                "steps",
                                arr(obj("type", "end"))),
                        "j"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .containsExactlyInAnyOrder("j.trigger.attribute", "j.trigger.hour"));
    }
}
