package io.lineengage.sandbox;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A Java client of the sandbox's control API ({@code /sandbox/...}), for tests, the demo and benchmarks. */
public final class SandboxControl {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    public SandboxControl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A created channel's credentials. */
    public record ChannelCredentials(String channelId, String channelSecret, String accessToken, String botUserId) {}

    public ChannelCredentials createChannel(Map<String, ?> settings) {
        JsonNode answer = call("POST", "/sandbox/channels", settings, 201);
        return new ChannelCredentials(
                answer.get("channelId").asText(),
                answer.get("channelSecret").asText(),
                answer.get("accessToken").asText(),
                answer.get("botUserId").asText());
    }

    public ChannelCredentials createChannel() {
        return createChannel(Map.of());
    }

    public JsonNode channel(String channelId) {
        return call("GET", "/sandbox/channels/" + channelId, null, 200);
    }

    public void updateChannel(String channelId, Map<String, ?> settings) {
        call("PATCH", "/sandbox/channels/" + channelId, settings, 200);
    }

    /** Adds {@code count} new simulated followers and answers their user IDs. */
    public List<String> addFollowers(String channelId, int count) {
        return ids(call("POST", "/sandbox/channels/" + channelId + "/followers", Map.of("count", count), 201));
    }

    /** Makes existing users (of another channel of the same provider) follow this channel too. */
    public List<String> addFollowers(String channelId, List<String> userIds) {
        return ids(call("POST", "/sandbox/channels/" + channelId + "/followers", Map.of("userIds", userIds), 201));
    }

    public Map<String, Integer> receivedCounts(String channelId) {
        JsonNode counts = call("GET", "/sandbox/channels/" + channelId + "/received-counts", null, 200)
                .get("counts");
        return JSON.convertValue(counts, new TypeReference<Map<String, Integer>>() {});
    }

    public JsonNode received(String channelId, String userId) {
        return call(
                        "GET",
                        "/sandbox/channels/" + channelId + "/received?userId="
                                + URLEncoder.encode(userId, StandardCharsets.UTF_8),
                        null,
                        200)
                .get("items");
    }

    public JsonNode requests(String channelId) {
        return call("GET", "/sandbox/channels/" + channelId + "/requests", null, 200)
                .get("items");
    }

    public void injectFaults(String channelId, Map<String, ?> faults) {
        call("POST", "/sandbox/channels/" + channelId + "/faults", faults, 200);
    }

    public void clearFaults(String channelId) {
        call("DELETE", "/sandbox/channels/" + channelId + "/faults", null, 204);
    }

    /**
     * Reports what the users of an aggregation unit did: {@code impressions}, {@code mediaPlayed}, and {@code clicks}
     * as {@code [{url, clicks, uniqueUsers}]}; the unit's statistics answer it.
     */
    public JsonNode reportUnitEvents(String channelId, String unit, Map<String, ?> events) {
        return call("POST", "/sandbox/channels/" + channelId + "/aggregation-units/" + unit + "/events", events, 200);
    }

    /** Makes these phones (E.164) reachable by the channel's LINE notification messages; answers their hashes. */
    public List<String> registerNotificationPhones(String channelId, List<String> phones) {
        JsonNode answer = call(
                "POST",
                "/sandbox/channels/" + channelId + "/notification-message-phones",
                Map.of("phones", phones),
                201);
        List<String> hashes = new ArrayList<>();
        answer.get("phoneHashes").forEach(hash -> hashes.add(hash.asText()));
        return hashes;
    }

    /** LINE notification messages the channel accepted, per phone hash. */
    public Map<String, Integer> notificationMessageCounts(String channelId) {
        JsonNode counts = call("GET", "/sandbox/channels/" + channelId + "/notification-message-counts", null, 200)
                .get("counts");
        return JSON.convertValue(counts, new TypeReference<Map<String, Integer>>() {});
    }

    /** A reply token for the user, as their next webhook event would carry (the event is not sent). */
    public String replyToken(String channelId, String userId) {
        return call("POST", "/sandbox/channels/" + channelId + "/reply-tokens", Map.of("userId", userId), 201)
                .get("replyToken")
                .asText();
    }

    /** Sends one signed webhook (or {@code {events: [...]}}) to the channel's webhook URL; answers the sandbox's reply. */
    public JsonNode webhook(String channelId, Map<String, ?> spec) {
        return call("POST", "/sandbox/channels/" + channelId + "/webhooks", spec, 200);
    }

    private static List<String> ids(JsonNode answer) {
        List<String> ids = new ArrayList<>();
        answer.get("userIds").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    private JsonNode call(String method, String path, Object body, int expectedStatus) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofMinutes(2))
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != expectedStatus) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            return response.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
