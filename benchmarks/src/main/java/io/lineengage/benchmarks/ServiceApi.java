package io.lineengage.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** JSON calls to a running line-engage, failing loudly on anything but 2xx. */
final class ServiceApi {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ServiceApi() {}

    static JsonNode post(HttpClient http, String url, String token, String body) throws Exception {
        return send(
                http,
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)),
                url,
                token);
    }

    static JsonNode get(HttpClient http, String url, String token) throws Exception {
        return send(http, HttpRequest.newBuilder(URI.create(url)).GET(), url, token);
    }

    private static JsonNode send(HttpClient http, HttpRequest.Builder request, String url, String token)
            throws Exception {
        HttpResponse<String> response = http.send(
                request.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
