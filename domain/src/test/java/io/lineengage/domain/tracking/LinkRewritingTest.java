package io.lineengage.domain.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.json.JsonLike.JArray;
import io.lineengage.domain.json.JsonLike.JObject;
import io.lineengage.domain.json.JsonLike.JString;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkRewritingTest {
    private static JObject object(Object... pairs) {
        Map<String, JsonLike> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            fields.put((String) pairs[i], value instanceof String text ? new JString(text) : (JsonLike) value);
        }
        return new JObject(fields);
    }

    @Test
    void everyUrlARecipientCanOpenIsReplacedAndNothingElse() {
        JsonLike messages = new JArray(List.of(
                object("type", "text", "text", "See https://shop.example/plain"),
                object(
                        "type", "template",
                        "altText", "Sale",
                        "template",
                                object(
                                        "type", "buttons",
                                        "text", "Sale",
                                        "actions",
                                                new JArray(List.of(
                                                        object(
                                                                "type",
                                                                "uri",
                                                                "label",
                                                                "Open",
                                                                "uri",
                                                                "https://shop.example/a"),
                                                        object(
                                                                "type",
                                                                "postback",
                                                                "label",
                                                                "Later",
                                                                "data",
                                                                "uri=https://x"))))),
                object(
                        "type", "imagemap",
                        "baseUrl", "https://cdn.example/map",
                        "actions", new JArray(List.of(object("type", "uri", "linkUri", "https://shop.example/b")))),
                object(
                        "type", "flex",
                        "altText", "Card",
                        "contents",
                                object(
                                        "type",
                                        "bubble",
                                        "body",
                                        object(
                                                "type",
                                                "box",
                                                "contents",
                                                new JArray(List.of(object(
                                                        "type",
                                                        "button",
                                                        "action",
                                                        object("type", "uri", "uri", "https://shop.example/c")))))))));
        List<String> seen = new ArrayList<>();

        JsonLike rewritten = LinkRewriting.rewrite(messages, url -> {
            seen.add(url);
            return "https://t.example/c/" + seen.size();
        });

        assertThat(seen).containsExactly("https://shop.example/a", "https://shop.example/b", "https://shop.example/c");
        String written = rewritten.toString();
        assertThat(written)
                .contains("https://t.example/c/1", "https://t.example/c/2", "https://t.example/c/3")
                .contains("See https://shop.example/plain", "uri=https://x", "https://cdn.example/map")
                .doesNotContain("https://shop.example/a", "https://shop.example/b", "https://shop.example/c]");
        assertThat(LinkRewriting.rewrite(messages, url -> url)).isEqualTo(messages);
    }
}
