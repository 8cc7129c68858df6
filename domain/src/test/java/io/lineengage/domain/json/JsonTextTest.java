package io.lineengage.domain.json;

import static io.lineengage.domain.json.Json.arr;
import static io.lineengage.domain.json.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonTextTest {
    @Test
    void writesEveryKindOfValueAndEscapesText() {
        JsonLike json = obj("text", "say \"hi\"\\\n\t\u0001☆", "n", 1.50, "ok", true, "none", new JsonLike.JNull(),
                "list", arr(1, "a"));
        assertThat(JsonText.write(json)).isEqualTo(
                "{\"text\":\"say \\\"hi\\\"\\\\\\n\\t\\u0001☆\",\"n\":1.5,\"ok\":true,\"none\":null,\"list\":[1,\"a\"]}");
    }
}
