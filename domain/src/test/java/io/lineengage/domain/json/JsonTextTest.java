package io.lineengage.domain.json;

import static io.lineengage.domain.json.Json.arr;
import static io.lineengage.domain.json.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class JsonTextTest {
    @Test
    void writesEveryKindOfValueAndEscapesText() {
        JsonLike json = obj(
                "text",
                "say \"hi\"\\\n\t\u0001☆",
                "n",
                1.50,
                "ok",
                true,
                "none",
                new JsonLike.JNull(),
                "list",
                arr(1, "a"));
        assertThat(JsonText.write(json))
                .isEqualTo(
                        "{\"text\":\"say \\\"hi\\\"\\\\\\n\\t\\u0001☆\",\"n\":1.5,\"ok\":true,\"none\":null,\"list\":[1,\"a\"]}");
    }

    @Test
    void readsWhatItWritesWithExactNumbersAndKeyOrder() {
        JsonLike json = obj(
                "z",
                "say \"hi\"\\\n\t\u0001☆",
                "a",
                new JsonLike.JNumber(new BigDecimal("1000.50")),
                "ok",
                false,
                "none",
                new JsonLike.JNull(),
                "list",
                arr(1, "a", arr(), obj()));
        assertThat(JsonText.read(JsonText.write(json))).isEqualTo(json);
        assertThat(((JsonLike.JNumber) ((JsonLike.JObject) JsonText.read(JsonText.write(json)))
                                .fields()
                                .get("a"))
                        .value()
                        .scale())
                .isEqualTo(2);
        assertThat(((JsonLike.JObject) JsonText.read(JsonText.write(json)))
                        .fields()
                        .keySet())
                .containsExactly("z", "a", "ok", "none", "list");
    }

    @Test
    void readsWhitespaceEscapesAndExponents() {
        assertThat(JsonText.read(" {\n \"k\" : [ -1.5e3 , \"\\u00e9\\/\\ud83d\\ude00\" , true ] } "))
                .isEqualTo(obj("k", arr(new JsonLike.JNumber(new BigDecimal("-1.5e3")), "é/😀", true)));
    }

    @Test
    void refusesWhatIsNotJson() {
        for (String bad : new String[] {
            "",
            "{",
            "[1,]",
            "{\"a\" 1}",
            "01",
            "\"open",
            "tru",
            "{} x",
            "\"\\x\"",
            "\"\\u12\"",
            "{a: 1}",
            "1.",
            "\"tab\there\""
        }) {
            Assertions.assertThatThrownBy(() -> JsonText.read(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not JSON at offset");
        }
    }
}
