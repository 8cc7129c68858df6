package io.lineengage.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lineengage.domain.json.JsonLike;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLikeJacksonTest {
    @Test
    void readsWhatItWritesWithExactNumbersKeyOrderAndEscapedText() {
        Map<String, JsonLike> fields = new LinkedHashMap<>();
        fields.put("z", new JsonLike.JNumber(new BigDecimal("1200.50")));
        fields.put("a", new JsonLike.JString("\"quoted\" \\ ☆ 😀 tab\t nul\u0000"));
        fields.put(
                "list",
                new JsonLike.JArray(List.of(
                        new JsonLike.JBool(true),
                        new JsonLike.JNull(),
                        new JsonLike.JNumber(new BigDecimal("0.1")),
                        new JsonLike.JNumber(new BigDecimal("-7")))));
        fields.put("empty", new JsonLike.JObject(Map.of()));
        JsonLike json = new JsonLike.JObject(fields);

        String text = JsonLikeJackson.write(json);
        assertThat(text).startsWith("{\"z\":1200.50,\"a\":");
        assertThat(JsonLikeJackson.read(text)).isEqualTo(json);
        assertThat(((JsonLike.JObject) JsonLikeJackson.read(text)).fields().keySet())
                .containsExactly("z", "a", "list", "empty");
    }

    @Test
    void readsWhitespaceEscapesAndExponentsExactly() {
        assertThat(JsonLikeJackson.read(" {\n \"k\" : [ -1.5e3 , \"\\u00e9\\/\\ud83d\\ude00\" , true ] } "))
                .isEqualTo(new JsonLike.JObject(Map.of(
                        "k",
                        new JsonLike.JArray(List.of(
                                new JsonLike.JNumber(new BigDecimal("-1.5e3")),
                                new JsonLike.JString("é/😀"),
                                new JsonLike.JBool(true))))));
    }

    @Test
    void refusesWhatIsNotJson() {
        for (String bad : List.of("", "{", "{\"a\":}", "[1,]", "tru", "{\"a\":1} trailing", "'single'")) {
            assertThatThrownBy(() -> JsonLikeJackson.read(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
