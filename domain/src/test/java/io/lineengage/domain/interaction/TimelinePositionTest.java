package io.lineengage.domain.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lineengage.domain.error.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelinePositionTest {
    @Test
    void aPositionTravelsAsACursorAndBack() {
        TimelineEntry.Position position =
                new TimelineEntry.Position(Instant.parse("2026-12-02T09:00:00.123456Z"), "e:la_1:01H|x");

        assertThat(TimelineEntry.Position.ofCursor(position.cursor())).isEqualTo(position);
        assertThat(position.cursor()).doesNotContain("|").doesNotContain("=");
    }

    @Test
    void aCursorTheTimelineDidNotGiveOutIsRefusedAtTheCursor() {
        for (String forged : List.of(
                "",
                "not base64!",
                encode("no bar"),
                encode("yesterday|c:cmp_1"),
                encode("2026-12-02T09:00:00Z|"),
                encode("|c:cmp_1"))) {
            assertThatThrownBy(() -> TimelineEntry.Position.ofCursor(forged))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageStartingWith("cursor:");
        }
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
