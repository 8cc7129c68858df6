package io.lineengage.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern PENDING = Pattern.compile("(?m)^line_engage_webhook_events_pending ([0-9.E]+)");

    /** Waits until the service answers /health/ready (a minute or two on a busy machine). */
    static void awaitReady(HttpClient http, String service) throws Exception {
        for (int i = 0; i < 1200; i++) {
            try {
                if (http.send(
                                        HttpRequest.newBuilder(URI.create(service + "/health/ready"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // starting
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the service at " + service + " did not become ready");
    }

    /** Webhook events the service stored but has not processed yet (its backlog gauge). */
    static double webhookBacklog(HttpClient http, String service) throws Exception {
        String metrics = http.send(
                        HttpRequest.newBuilder(URI.create(service + "/metrics")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher matcher = PENDING.matcher(metrics);
        if (!matcher.find()) {
            throw new IllegalStateException("the service has no line_engage_webhook_events_pending gauge");
        }
        return Double.parseDouble(matcher.group(1));
    }
}
