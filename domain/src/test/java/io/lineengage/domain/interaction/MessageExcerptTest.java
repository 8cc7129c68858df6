package io.lineengage.domain.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.domain.json.JsonLike;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageExcerptTest {
    private static JsonLike message(Map<String, String> fields) {
        Map<String, JsonLike> values = new LinkedHashMap<>();
        fields.forEach((name, value) -> values.put(name, new JsonLike.JString(value)));
        return new JsonLike.JObject(values);
    }

    @Test
    void theFirstTextStandsForTheMessages() {
        JsonLike messages = new JsonLike.JArray(List.of(
                message(Map.of("type", "image", "originalContentUrl", "https://x/y.png")),
                message(Map.of("type", "text", "text", "Your order has shipped"))));

        assertThat(MessageExcerpt.of(messages)).contains("Your order has shipped");
    }

    @Test
    void withoutTextTheFirstMessagesTypeAndAlternativeTextAreShown() {
        assertThat(MessageExcerpt.of(
                        new JsonLike.JArray(List.of(message(Map.of("type", "flex", "altText", "Receipt"))))))
                .contains("[flex] Receipt");
        assertThat(MessageExcerpt.of(new JsonLike.JArray(List.of(message(Map.of("type", "sticker"))))))
                .contains("[sticker]");
        assertThat(MessageExcerpt.of(new JsonLike.JArray(List.of()))).isEmpty();
    }

    @Test
    void longTextIsCutOnWholeCharacters() {
        String emoji = "😀".repeat(150);
        String excerpt = MessageExcerpt.of(new JsonLike.JArray(List.of(message(Map.of("type", "text", "text", emoji)))))
                .orElseThrow();

        assertThat(excerpt.codePointCount(0, excerpt.length())).isEqualTo(MessageExcerpt.MAX);
        assertThat(excerpt).endsWith("…").startsWith("😀😀");
        assertThat(excerpt.chars()
                        .filter(c -> Character.isLowSurrogate((char) c))
                        .count())
                .isEqualTo(excerpt.chars()
                        .filter(c -> Character.isHighSurrogate((char) c))
                        .count());
    }

    @Test
    void typesAreAskedForByTheirCode() {
        for (TimelineType type : TimelineType.values()) {
            assertThat(TimelineType.ofCode(type.code())).contains(type);
        }
        assertThat(TimelineType.ofCode("CAMPAIGN_MESSAGE")).isEmpty();
        assertThat(TimelineType.CAMPAIGN_MESSAGE.sent()).isTrue();
        assertThat(TimelineType.FOLLOW.sent()).isFalse();
    }
}
