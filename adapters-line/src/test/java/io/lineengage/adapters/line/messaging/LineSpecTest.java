package io.lineengage.adapters.line.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The spec check can fail: calls that break LINE's spec are reported. */
class LineSpecTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final LineSpec spec = LineSpec.loadOrSkip();

    private static JsonNode call(String path, String body, int status, String answer) {
        return JSON.valueToTree(Map.of(
                "method",
                "POST",
                "path",
                path,
                "query",
                "",
                "headers",
                Map.of("Authorization", "Bearer …abcd", "Content-Type", "application/json"),
                "body",
                body,
                "status",
                status,
                "responseBody",
                answer));
    }

    @Test
    void aWellFormedPushPasses() {
        assertThat(spec.problemsOf(call(
                        "/v2/bot/message/push",
                        "{\"to\":\"U" + "a".repeat(32) + "\",\"messages\":[{\"type\":\"text\",\"text\":\"hi\"}]}",
                        200,
                        "{\"sentMessages\":[{\"id\":\"1\"}]}")))
                .isEmpty();
    }

    @Test
    void aWrongTypeInTheRequestIsCaught() {
        assertThat(spec.problemsOf(call(
                        "/v2/bot/message/push",
                        "{\"to\":\"U" + "a".repeat(32) + "\",\"messages\":[{\"type\":\"text\",\"text\":5}]}",
                        200,
                        "{\"sentMessages\":[{\"id\":\"1\"}]}")))
                .isNotEmpty();
    }

    @Test
    void aMissingRequiredFieldIsCaught() {
        assertThat(spec.problemsOf(call(
                        "/v2/bot/message/multicast",
                        "{\"messages\":[{\"type\":\"text\",\"text\":\"hi\"}]}",
                        200,
                        "{}")))
                .isNotEmpty();
    }

    @Test
    void anAnswerThatBreaksTheSpecIsCaught() {
        assertThat(spec.problemsOf(call(
                        "/v2/bot/message/push",
                        "{\"to\":\"U" + "a".repeat(32) + "\",\"messages\":[{\"type\":\"text\",\"text\":\"hi\"}]}",
                        200,
                        "{\"sentMessages\":\"nope\"}")))
                .isNotEmpty();
        assertThat(spec.problemsOf(call(
                        "/v2/bot/message/push",
                        "{\"to\":\"U" + "a".repeat(32) + "\",\"messages\":[{\"type\":\"text\",\"text\":\"hi\"}]}",
                        500,
                        "{\"error\":\"not LINE's shape\"}")))
                .isNotEmpty();
    }
}
