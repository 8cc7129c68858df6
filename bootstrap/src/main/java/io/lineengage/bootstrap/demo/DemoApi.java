package io.lineengage.bootstrap.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The service's own REST API, as the demo seeds it: JSON in and out, a refusal is an error naming the call. */
public final class DemoApi {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;
    private final String token;

    public DemoApi(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    DemoApi as(String otherToken) {
        return new DemoApi(baseUrl, otherToken);
    }

    JsonNode get(String path) {
        return send("GET", path, null, "application/json");
    }

    JsonNode post(String path, Object body) {
        return send("POST", path, body, "application/json");
    }

    JsonNode put(String path, Object body) {
        return send("PUT", path, body, "application/json");
    }

    JsonNode postText(String path, String body, String contentType) {
        return send("POST", path, body, contentType);
    }

    private JsonNode send(String method, String path, Object body, String contentType) {
        try {
            byte[] bytes = body == null
                    ? new byte[0]
                    : body instanceof String text
                            ? text.getBytes(java.nio.charset.StandardCharsets.UTF_8)
                            : JSON.writeValueAsBytes(body);
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofMinutes(2))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", contentType)
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(bytes))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(
                        method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
