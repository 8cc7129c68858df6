package io.lineengage.domain.template;

import static io.lineengage.domain.json.Json.arr;
import static io.lineengage.domain.json.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.domain.customer.AttributeValue;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.customer.CustomerKind;
import io.lineengage.domain.error.FieldError;
import io.lineengage.domain.error.FieldErrors;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.org.OrgId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RenderingTest {
    static final Instant T0 = Instant.parse("2026-11-26T00:00:00Z");

    static Recipient recipient(String name, Map<String, AttributeValue> attributes) {
        return new Recipient(
                new Customer(
                        new CustomerId("cus_1"),
                        new OrgId("org_1"),
                        Optional.of("C-1"),
                        Optional.ofNullable(name),
                        Optional.empty(),
                        Optional.empty(),
                        attributes,
                        Set.of(),
                        CustomerKind.REGULAR,
                        T0,
                        T0),
                Optional.of("Hana ☆"));
    }

    static JsonLike textOf(Rendering rendering) {
        return ((JsonLike.JArray) ((Rendering.Rendered) rendering).messages())
                .items()
                .get(0);
    }

    @Test
    void labelsAreFilledFromTheCustomerWithDefaults() {
        JsonLike messages = arr(obj(
                "type",
                "text",
                "text",
                "Hi {{firstName}} ({{lineDisplayName}}), you have {{attributes.points}} points, {{name|friend}}"));
        Rendering rendering = Rendering.of(
                messages, recipient("Hana Sato", Map.of("points", new AttributeValue.Number(new BigDecimal("1200")))));
        assertThat(textOf(rendering))
                .isEqualTo(obj("type", "text", "text", "Hi Hana (Hana ☆), you have 1200 points, Hana Sato"));
        assertThat(textOf(
                        Rendering.of(arr(obj("type", "text", "text", "Hi {{name|there}}")), recipient(null, Map.of()))))
                .isEqualTo(obj("type", "text", "text", "Hi there"));
    }

    @Test
    void aMissingValueWithoutDefaultSkipsTheRecipient() {
        Rendering rendering = Rendering.of(arr(obj("type", "text", "text", "Hi {{name}}")), recipient("  ", Map.of()));
        assertThat(rendering)
                .isEqualTo(new Rendering.Skipped(Rendering.MISSING_LABEL_VALUE, "{{name}} at messages[0].text"));
    }

    @Test
    void valuesCannotInjectStructureOrLabels() {
        String hostile = "\"}, {\"type\": \"image\" {{mobile}}";
        Rendering rendering =
                Rendering.of(arr(obj("type", "text", "text", "Hi {{name}}")), recipient(hostile, Map.of()));
        assertThat(textOf(rendering)).isEqualTo(obj("type", "text", "text", "Hi " + hostile));
    }

    @Test
    void valuesInsideAUrlArePercentEncodedAndAWholeUrlLabelIsNot() {
        JsonLike messages = arr(obj(
                "type",
                "template",
                "altText",
                "Coupon",
                "template",
                obj(
                        "type",
                        "buttons",
                        "text",
                        "Your coupon",
                        "actions",
                        arr(obj("type", "uri", "label", "Open", "uri", "https://example.jp/c?who={{name}}")),
                        "thumbnailImageUrl",
                        "{{attributes.photo}}")));
        Rendering rendering = Rendering.of(
                messages,
                recipient(
                        "Hana Sato&x=1", Map.of("photo", new AttributeValue.Text("https://cdn.example.jp/hana.jpg"))));
        JsonLike template = ((JsonLike.JObject) textOf(rendering)).fields().get("template");
        assertThat(template)
                .isEqualTo(obj(
                        "type",
                        "buttons",
                        "text",
                        "Your coupon",
                        "actions",
                        arr(obj("type", "uri", "label", "Open", "uri", "https://example.jp/c?who=Hana%20Sato%26x%3D1")),
                        "thumbnailImageUrl",
                        "https://cdn.example.jp/hana.jpg"));
    }

    @Test
    void aRenderedTextOverLinesLimitSkipsThatRecipientOnly() {
        JsonLike messages = arr(obj("type", "text", "text", "a".repeat(4_990) + "{{name}}"));
        assertThat(Rendering.of(messages, recipient("Short", Map.of()))).isInstanceOf(Rendering.Rendered.class);
        assertThat(Rendering.of(messages, recipient("A much longer name", Map.of())))
                .isEqualTo(new Rendering.Skipped(
                        Rendering.RENDERED_MESSAGE_INVALID,
                        "messages[0].text: must be at most 5000 characters (is 5008)"));
    }

    @Test
    void unknownLabelsAreReportedAndPersonalizationIsKnown() {
        JsonLike messages = arr(obj("type", "text", "text", "Hi {{nickname}} {{attributes.tier}} {{attributes.shoe}}"));
        FieldErrors errors = new FieldErrors();
        TemplateLabels.check(messages, "messages", Set.of("tier"), errors);
        assertThat(errors.list()).extracting(FieldError::field).containsExactly("messages[0].text", "messages[0].text");
        assertThat(errors.list().get(0).message()).startsWith("unknown label {{nickname}}");

        Template plain = new Template(
                TemplateId.generate(),
                new OrgId("org_1"),
                "Plain",
                arr(obj("type", "text", "text", "Sale today")),
                false,
                T0,
                T0);
        Template personal = new Template(
                TemplateId.generate(),
                new OrgId("org_1"),
                "Personal",
                arr(obj("type", "text", "text", "Sale today, {{name|friend}}")),
                false,
                T0,
                T0);
        assertThat(plain.personalized()).isFalse();
        assertThat(personal.personalized()).isTrue();
        assertThat(personal.uses("name")).isTrue();
        assertThat(personal.uses("lineDisplayName")).isFalse();
        assertThat(plain.uses("name")).isFalse();
    }
}
