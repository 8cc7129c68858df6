package io.lineengage.adapters.http.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lineengage.domain.customer.AttributeType;
import io.lineengage.domain.error.FieldError;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.gateway.PriorityClass;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.Period;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonBodyTest {
    private static JsonBody body(String json, String... fields) throws Exception {
        return JsonBody.of(new ObjectMapper().readTree(json), Set.of(fields));
    }

    @Test
    void anEnumFieldIsReadByItsConstantsNameAndAnUnknownOneIsReportedWithTheChoices() throws Exception {
        JsonBody known = body("{\"priority\":\"BULK\",\"type\":\"DATE\"}", "priority", "type");
        assertThat(known.requiredEnum("priority", PriorityClass.class)).isEqualTo(PriorityClass.BULK);
        assertThat(known.optionalEnum("type", AttributeType.class)).contains(AttributeType.DATE);
        known.validate();

        JsonBody unknown = body("{\"priority\":\"bulk\",\"type\":\"TEXT\"}", "priority", "type", "other");
        assertThat(unknown.requiredEnum("priority", PriorityClass.class)).isNull();
        assertThat(unknown.optionalEnum("type", AttributeType.class)).isEmpty();
        assertThat(unknown.optionalEnum("other", AttributeType.class))
                .as("absent")
                .isEqualTo(Optional.empty());
        assertThatThrownBy(unknown::validate)
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .containsExactly(
                                        new FieldError("priority", "must be BULK or TRANSACTIONAL"),
                                        new FieldError("type", "must be STRING, NUMBER, BOOLEAN or DATE")));
    }

    @Test
    void aRequiredEnumThatIsMissingIsReportedAsRequired() throws Exception {
        JsonBody missing = body("{}", "priority");
        assertThat(missing.requiredEnum("priority", PriorityClass.class)).isNull();
        assertThatThrownBy(missing::validate)
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors()).containsExactly(new FieldError("priority", "is required")));
    }

    private static java.util.List<FieldError> faults(JsonBody body) {
        try {
            body.validate();
            return java.util.List.of();
        } catch (ValidationException e) {
            return e.errors();
        }
    }

    @Test
    void typedReadersNameEachFaultByItsPath() throws Exception {
        JsonBody good = body(
                "{\"ids\":[\"a\",\"b\"],\"n\":7,\"on\":true,\"at\":\"2026-12-02T09:00:00Z\","
                        + "\"clear\":null,\"quiet\":{\"start\":\"21:00\",\"end\":\"08:00\"},\"p\":{\"within\":\"P7D\"}}",
                "ids",
                "n",
                "on",
                "at",
                "clear",
                "quiet",
                "p");
        assertThat(good.optionalIdList("ids", "thing ID", String::toUpperCase)).containsExactly("A", "B");
        assertThat(good.optionalInt("n", "a count")).contains(7);
        assertThat(good.optionalBoolean("on")).contains(true);
        assertThat(good.clearableInstant("at")).contains(Optional.of(java.time.Instant.parse("2026-12-02T09:00:00Z")));
        assertThat(good.clearableInstant("clear")).contains(Optional.empty());
        assertThat(good.clearableInstant("absent")).isEmpty();
        assertThat(good.optionalObject("quiet", Set.of("start", "end"), quiet -> {
                    LocalTime start = quiet.requiredTime("start");
                    LocalTime end = quiet.requiredTime("end");
                    quiet.validate();
                    return start + "-" + end;
                }))
                .contains("21:00-08:00");
        assertThat(good.optionalObject("p", Set.of("within"), p -> {
                    Period within = p.requiredPeriod("within");
                    p.validate();
                    return within;
                }))
                .contains(Period.ofDays(7));
        assertThat(faults(good)).isEmpty();

        JsonBody bad = body(
                "{\"ids\":[\"a\",3,\" \"],\"n\":null,\"on\":\"yes\",\"quiet\":{\"start\":\"25:00\",\"x\":1},"
                        + "\"m\":1.5}",
                "ids",
                "n",
                "on",
                "quiet",
                "m");
        bad.optionalIdList("ids", "thing ID", s -> s);
        bad.optionalInt("n", "a count");
        bad.optionalInt("m", "a count");
        bad.optionalBoolean("on");
        bad.optionalObject("quiet", Set.of("start", "end"), quiet -> {
            quiet.requiredTime("start");
            quiet.requiredTime("end");
            quiet.validate();
            return "never";
        });
        assertThat(faults(bad))
                .extracting(FieldError::field)
                .containsExactly("ids[1]", "ids[2]", "n", "m", "on", "quiet.x", "quiet.start", "quiet.end");
        assertThat(faults(bad)).contains(new FieldError("n", "must be a count, not null"));
    }

    @Test
    void scalarsAndTextSetsAreReadInOrderAndEachWrongItemIsReportedByItsPath() throws Exception {
        JsonBody good = body(
                "{\"attrs\":{\"tier\":\"GOLD\",\"points\":12.5,\"vip\":true,\"gone\":null},"
                        + "\"tags\":[\"b\",\"a\",\"b\"]}",
                "attrs",
                "tags");
        assertThat(good.optionalScalars("attrs"))
                .containsExactly(
                        Map.entry("tier", "GOLD"), Map.entry("points", new BigDecimal("12.5")), Map.entry("vip", true));
        assertThat(good.optionalTextSet("tags"))
                .hasValueSatisfying(tags -> assertThat(tags).containsExactly("b", "a"));
        assertThat(good.optionalTextSet("absent")).isEmpty();
        assertThat(good.optionalScalars("absent")).isEmpty();
        assertThat(faults(good)).isEmpty();

        JsonBody bad = body(
                "{\"attrs\":{\"list\":[1],\"obj\":{}},\"tags\":[\"a\",1,null],\"other\":3," + "\"more\":\"x\"}",
                "attrs",
                "tags",
                "other",
                "more");
        bad.optionalScalars("attrs");
        bad.optionalTextSet("tags");
        bad.optionalScalars("other");
        bad.optionalTextSet("more");
        assertThat(faults(bad))
                .extracting(FieldError::field)
                .containsExactly("attrs.list", "attrs.obj", "tags[1]", "tags[2]", "other", "more");
    }
}
