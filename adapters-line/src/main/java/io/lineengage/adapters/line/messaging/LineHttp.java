package io.lineengage.adapters.line.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lineengage.domain.line.LineFailure;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.List;

/**
 * The few LINE endpoints whose SDK modules are not available here (token issue, insight), over
 * {@code java.net.http} and Jackson, shaped by channel-access-token.yml and insight.yml.
 */
final class LineHttp {
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final LineSettings settings;

    LineHttp(LineSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .build();
    }

    /** LINE's JSON answer to a 2xx, or the failure LINE's answer (or silence) amounts to. */
    sealed interface Answer {
        record Ok(JsonNode body) implements Answer {}

        record Failed(LineFailure failure) implements Answer {}
    }

    Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response =
                    http.send(request.timeout(settings.readTimeout()).build(), HttpResponse.BodyHandlers.ofByteArray());
            JsonNode body = response.body().length == 0 ? json.createObjectNode() : json.readTree(response.body());
            if (response.statusCode() / 100 == 2) {
                return new Answer.Ok(body);
            }
            String message =
                    body.path("message").asText(body.path("error_description").asText(""));
            return new Answer.Failed(LineAnswers.failure(
                    response.statusCode(), message, body.path("error").asText(""), List.of()));
        } catch (HttpTimeoutException | InterruptedIOException e) {
            return new Answer.Failed(new LineFailure.Timeout());
        } catch (IOException e) {
            return new Answer.Failed(new LineFailure.Unreachable(e.toString()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer.Failed(new LineFailure.Unreachable("interrupted"));
        }
    }

    LineSettings settings() {
        return settings;
    }
}
