package io.lineengage.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.lineengage.sandbox.channel.AggregationUnit;
import io.lineengage.sandbox.channel.Channel;
import io.lineengage.sandbox.channel.Channels;
import io.lineengage.sandbox.channel.Faults;
import io.lineengage.sandbox.channel.Profile;
import io.lineengage.sandbox.channel.Received;
import io.lineengage.sandbox.channel.RequestRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** The test control API under {@code /sandbox}: channels, simulated users, inspection, faults, webhooks. */
final class ControlRoutes {
    private static final Set<String> WEBHOOK_TYPES = Set.of("follow", "unfollow", "message", "postback", "accountLink");

    private final Channels channels;
    private final ObjectMapper json;
    private final Clock clock;
    private final WebhookSender webhooks;

    ControlRoutes(Channels channels, ObjectMapper json, Clock clock) {
        this.channels = channels;
        this.json = json;
        this.clock = clock;
        this.webhooks = new WebhookSender(json);
    }

    /** A mistake in a control call: 400 (or 404) with a message saying what to fix. */
    static final class ControlError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;

        ControlError(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    void register(RoutesConfig routes) {
        routes.post("/sandbox/channels", this::createChannel);
        routes.get("/sandbox/channels", ctx -> {
            ArrayNode items = json.createArrayNode();
            channels.all().forEach(channel -> items.add(describe(channel)));
            ctx.json(json.createObjectNode().set("items", items));
        });
        routes.get("/sandbox/channels/{channelId}", ctx -> ctx.json(describe(channel(ctx))));
        routes.patch("/sandbox/channels/{channelId}", this::updateChannel);
        routes.post("/sandbox/channels/{channelId}/followers", this::addFollowers);
        routes.delete("/sandbox/channels/{channelId}/followers/{userId}", ctx -> {
            channel(ctx).unfollow(ctx.pathParam("userId"));
            ctx.status(204);
        });
        routes.get("/sandbox/channels/{channelId}/received", this::received);
        routes.get(
                "/sandbox/channels/{channelId}/received-counts",
                ctx -> ctx.json(Map.of("counts", channel(ctx).receivedCounts())));
        routes.get("/sandbox/channels/{channelId}/requests", this::requests);
        routes.post("/sandbox/channels/{channelId}/faults", this::injectFaults);
        routes.delete("/sandbox/channels/{channelId}/faults", ctx -> {
            Channel channel = channel(ctx);
            channel.faults(Faults.NONE);
            channels.restoreAccessToken(channel);
            ctx.status(204);
        });
        routes.post("/sandbox/channels/{channelId}/webhooks", this::sendWebhook);
        routes.post("/sandbox/channels/{channelId}/reply-tokens", this::issueReplyToken);
        routes.post("/sandbox/channels/{channelId}/aggregation-units/{unit}/events", this::reportUnitEvents);
        routes.post("/sandbox/channels/{channelId}/notification-message-phones", this::registerPhones);
        routes.get(
                "/sandbox/channels/{channelId}/notification-message-counts",
                ctx -> ctx.json(
                        Map.of("counts", channel(ctx).notificationMessages().receivedCounts())));
    }

    private void createChannel(Context ctx) throws IOException {
        JsonNode body = body(ctx);
        Channel channel;
        try {
            channel = channels.create(
                    text(body, "channelId"),
                    text(body, "channelSecret"),
                    text(body, "accessToken"),
                    text(body, "displayName"));
        } catch (IllegalArgumentException e) {
            throw new ControlError(409, e.getMessage());
        }
        applySettings(channel, body);
        ObjectNode answer = describe(channel)
                .put("channelSecret", channel.channelSecret())
                .put("accessToken", channel.accessToken());
        ctx.status(201).json(answer);
    }

    private void updateChannel(Context ctx) throws IOException {
        Channel channel = channel(ctx);
        applySettings(channel, body(ctx));
        ctx.json(describe(channel));
    }

    private void applySettings(Channel channel, JsonNode body) {
        if (body.has("webhookUrl")) {
            channel.webhookUrl(text(body, "webhookUrl"));
        }
        if (body.has("monthlyQuota")) {
            JsonNode quota = body.get("monthlyQuota");
            if (!quota.isNull() && (!quota.canConvertToLong() || quota.asLong() < 0)) {
                throw new ControlError(400, "monthlyQuota must be a non-negative number or null (no limit)");
            }
            channel.monthlyQuota(quota.isNull() ? null : quota.asLong());
        }
        try {
            if (body.has("tokenTtlSeconds")) {
                channel.tokenTtlSeconds(body.get("tokenTtlSeconds").asLong());
            }
            if (body.has("requestLogLimit")) {
                channel.requestLogLimit(body.get("requestLogLimit").asInt());
            }
        } catch (IllegalArgumentException e) {
            throw new ControlError(400, e.getMessage());
        }
        JsonNode rateLimits = body.get("rateLimits");
        if (rateLimits != null) {
            if (!rateLimits.isObject()) {
                throw new ControlError(400, "rateLimits maps endpoint names to requests per second");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = rateLimits.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> limit = it.next();
                if (!limit.getValue().isNumber() || limit.getValue().asDouble() <= 0) {
                    throw new ControlError(400, "rateLimits." + limit.getKey() + " must be a positive number");
                }
                channel.rateLimits().set(limit.getKey(), limit.getValue().asDouble());
            }
        }
    }

    private ObjectNode describe(Channel channel) {
        ObjectNode node = json.createObjectNode()
                .put("channelId", channel.channelId())
                .put("botUserId", channel.botUserId())
                .put("displayName", channel.displayName())
                .put("webhookUrl", channel.webhookUrl())
                .put("usage", channel.usage())
                .put("followerCount", channel.followerCount())
                .put("tokenTtlSeconds", channel.tokenTtlSeconds())
                .put("requestLogLimit", channel.requestLogLimit());
        if (channel.monthlyQuota() == null) {
            node.putNull("monthlyQuota");
        } else {
            node.put("monthlyQuota", channel.monthlyQuota());
        }
        ObjectNode limits = node.putObject("rateLimits");
        for (String endpoint :
                List.of("push", "multicast", "broadcast", "narrowcast", "profile", "followers", "token")) {
            limits.put(endpoint, channel.rateLimits().limitOf(endpoint));
        }
        ObjectNode traffic = node.putObject("traffic");
        channel.traffic()
                .counts()
                .forEach((endpoint, counts) -> traffic.putObject(endpoint)
                        .put("calls", counts.calls())
                        .put("maxPerSecond", counts.maxPerSecond())
                        .put("rateLimited", counts.rateLimited()));
        Faults faults = channel.faults();
        node.putObject("faults")
                .put("errorRate", faults.errorRate())
                .put("timeoutRate", faults.timeoutRate())
                .put("latencyMs", faults.latencyMs())
                .put("timeoutMs", faults.timeoutMs())
                .put("failNext", faults.failNext().get())
                .put("failStatus", faults.failStatus());
        return node;
    }

    private void addFollowers(Context ctx) throws IOException {
        Channel channel = channel(ctx);
        JsonNode body = body(ctx);
        int count = body.path("count").asInt(0);
        if (count < 0 || count > 5_000_000) {
            throw new ControlError(400, "count must be from 0 to 5,000,000");
        }
        String prefix = text(body, "displayNamePrefix");
        String language = text(body, "language");
        List<String> added = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Profile user = channels.newUser(prefix, language);
            channel.follow(user);
            added.add(user.userId());
        }
        JsonNode userIds = body.get("userIds");
        if (userIds != null) {
            for (JsonNode userId : userIds) {
                if (!userId.isTextual() || !userId.textValue().matches("U[0-9a-f]{32}")) {
                    throw new ControlError(400, "userIds must be LINE user IDs (U + 32 hex digits): " + userId);
                }
                channel.follow(channels.user(userId.textValue(), prefix, language));
                added.add(userId.textValue());
            }
        }
        ctx.status(201)
                .json(Map.of(
                        "userIds",
                        body.path("returnUserIds").asBoolean(true) ? added : List.of(),
                        "followerCount",
                        channel.followerCount()));
    }

    private void received(Context ctx) {
        String userId = ctx.queryParam("userId");
        if (userId == null) {
            throw new ControlError(400, "the userId query parameter is required");
        }
        ArrayNode items = json.createArrayNode();
        for (Received delivery : channel(ctx).receivedBy(userId)) {
            ObjectNode item = items.addObject()
                    .put("requestId", delivery.requestId())
                    .put("retryKey", delivery.retryKey())
                    .put("endpoint", delivery.endpoint())
                    .put("receivedAt", delivery.receivedAt().toString())
                    .put("toFollower", delivery.toFollower());
            item.set("messages", delivery.messages());
        }
        ctx.json(json.createObjectNode().set("items", items));
    }

    private void requests(Context ctx) {
        Channel channel = channel(ctx);
        String path = ctx.queryParam("path");
        ArrayNode items = json.createArrayNode();
        for (RequestRecord record : channel.requests()) {
            if (path != null && !record.path().equals(path)) {
                continue;
            }
            ObjectNode item = items.addObject()
                    .put("requestId", record.requestId())
                    .put("at", record.at().toString())
                    .put("method", record.method())
                    .put("path", record.path())
                    .put("query", record.query())
                    .put("body", record.body())
                    .put("status", record.status())
                    .put("responseBody", record.responseBody());
            item.set("headers", json.valueToTree(record.headers()));
        }
        ctx.json(json.createObjectNode()
                .put("dropped", channel.droppedRequests())
                .set("items", items));
    }

    private void injectFaults(Context ctx) throws IOException {
        Channel channel = channel(ctx);
        JsonNode body = body(ctx);
        Faults current = channel.faults();
        try {
            Faults faults = new Faults(
                    body.path("errorRate").asDouble(current.errorRate()),
                    body.path("timeoutRate").asDouble(current.timeoutRate()),
                    body.path("latencyMs").asLong(current.latencyMs()),
                    body.path("timeoutMs").asLong(current.timeoutMs()),
                    new AtomicInteger(
                            body.path("failNext").asInt(current.failNext().get())),
                    body.path("failStatus").asInt(current.failStatus()));
            channel.faults(faults);
        } catch (IllegalArgumentException e) {
            throw new ControlError(400, e.getMessage());
        }
        if (body.path("revokeToken").asBoolean(false)) {
            channels.revokeTokens(channel);
        }
        if (body.path("exhaustQuota").asBoolean(false)) {
            channel.exhaustQuota();
        }
        ctx.json(describe(channel));
    }

    /**
     * What the users of a unit did, as a test tells it: {@code {impressions?, mediaPlayed?, clicks?: [{url, clicks,
     * uniqueUsers}]}}, added to what was reported before; the unit's statistics answer it (counts under 20 as null).
     */
    private void reportUnitEvents(Context ctx) throws IOException {
        Channel channel = channel(ctx);
        String unit = ctx.pathParam("unit");
        AggregationUnit stats = channel.aggregationUnits().get(unit);
        if (stats == null) {
            throw new ControlError(404, "nothing was sent under the unit " + unit + " on this channel");
        }
        JsonNode body = body(ctx);
        stats.report(
                body.path("impressions").asLong(-1), body.path("mediaPlayed").asLong(-1));
        for (JsonNode click : body.path("clicks")) {
            if (!click.path("url").isTextual()) {
                throw new ControlError(400, "each click needs its url");
            }
            stats.reportClicks(
                    click.get("url").asText(),
                    click.path("clicks").asLong(0),
                    click.path("uniqueUsers").asLong(0));
        }
        ctx.json(Map.of("unit", unit, "uniqueImpressions", stats.uniqueImpressions()));
    }

    /**
     * Users who agreed to receive the channel's LINE notification messages, by phone: {@code {phones?: [E.164],
     * phoneHashes?: [SHA-256 hex]}}; a phone is normalized by removing all but its digits and a leading {@code +}.
     */
    private void registerPhones(Context ctx) throws IOException {
        Channel channel = channel(ctx);
        JsonNode body = body(ctx);
        List<String> hashes = new ArrayList<>();
        for (JsonNode phone : body.path("phones")) {
            String e164 = phone.asText().replaceAll("[^0-9+]", "");
            if (!e164.matches("\\+[1-9][0-9]{6,14}")) {
                throw new ControlError(400, "not an E.164 phone number: " + phone.asText());
            }
            hashes.add(sha256(e164));
        }
        for (JsonNode hash : body.path("phoneHashes")) {
            if (!hash.asText().matches("[0-9a-f]{64}")) {
                throw new ControlError(400, "not a SHA-256 hex hash: " + hash.asText());
            }
            hashes.add(hash.asText());
        }
        hashes.forEach(channel.notificationMessages()::register);
        ctx.status(201).json(Map.of("phoneHashes", hashes));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** A reply token for the user as their next webhook event would carry, without sending the event. */
    private void issueReplyToken(Context ctx) throws IOException {
        Channel channel = channel(ctx);
        String userId = text(body(ctx), "userId");
        if (userId == null || !userId.matches("U[0-9a-f]{32}")) {
            throw new ControlError(400, "userId must be a LINE user ID (U + 32 hex digits)");
        }
        ctx.status(201).json(Map.of("replyToken", replyToken(channel, userId, clock.millis())));
    }

    private void sendWebhook(Context ctx) throws IOException, InterruptedException {
        Channel channel = channel(ctx);
        JsonNode body = body(ctx);
        if (channel.webhookUrl() == null) {
            throw new ControlError(400, "the channel has no webhookUrl: PATCH /sandbox/channels/{channelId} first");
        }
        ArrayNode events = json.createArrayNode();
        List<String> eventIds = new ArrayList<>();
        JsonNode specs =
                body.has("events") ? body.get("events") : json.createArrayNode().add(body);
        if (!specs.isArray()) {
            throw new ControlError(400, "events must be an array of webhook specs");
        }
        for (JsonNode spec : specs) {
            ObjectNode event = event(channel, spec);
            events.add(event);
            eventIds.add(event.get("webhookEventId").textValue());
        }
        int status = webhooks.send(channel, events, body.path("badSignature").asBoolean(false));
        ctx.json(Map.of("status", status, "webhookEventIds", eventIds));
    }

    /** One webhook event as LINE builds it; following and unfollowing also change who follows the channel. */
    private ObjectNode event(Channel channel, JsonNode spec) {
        String type = text(spec, "type");
        if (type == null || !WEBHOOK_TYPES.contains(type)) {
            throw new ControlError(400, "type must be one of " + WEBHOOK_TYPES);
        }
        String userId = text(spec, "userId");
        if (userId == null || !userId.matches("U[0-9a-f]{32}")) {
            throw new ControlError(400, "userId must be a LINE user ID (U + 32 hex digits)");
        }
        long timestamp = spec.path("timestamp").asLong(clock.millis());
        String eventId = text(spec, "webhookEventId");
        ObjectNode event = json.createObjectNode()
                .put("type", type)
                .put("mode", spec.path("mode").asText("active"))
                .put("timestamp", timestamp)
                .put("webhookEventId", eventId != null ? eventId : WebhookSender.newEventId(timestamp));
        event.putObject("source").put("type", "user").put("userId", userId);
        event.putObject("deliveryContext")
                .put("isRedelivery", spec.path("redelivery").asBoolean(false));
        boolean active = !"standby".equals(event.get("mode").textValue());
        switch (type) {
            case "follow" -> {
                event.put("replyToken", replyToken(channel, userId, timestamp));
                event.putObject("follow").put("isUnblocked", channel.wouldUnblock(userId));
                if (active) {
                    channel.follow(channels.user(userId, null, null));
                }
            }
            case "unfollow" -> {
                if (active) {
                    channel.unfollow(userId);
                }
            }
            case "message" -> {
                event.put("replyToken", replyToken(channel, userId, timestamp));
                event.putObject("message")
                        .put("type", "text")
                        .put(
                                "id",
                                Long.toString(
                                        Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000_000_000L)))
                        .put("quoteToken", "q" + UUID.randomUUID().toString().replace("-", ""))
                        .put("text", spec.path("text").asText("Hello"));
            }
            case "postback" -> {
                event.put("replyToken", replyToken(channel, userId, timestamp));
                event.putObject("postback").put("data", spec.path("data").asText("action=sandbox"));
            }
            default -> {
                event.put("replyToken", replyToken(channel, userId, timestamp));
                event.putObject("link")
                        .put("result", spec.path("result").asText("ok"))
                        .put(
                                "nonce",
                                spec.path("nonce").asText(UUID.randomUUID().toString()));
            }
        }
        return event;
    }

    /** A fresh reply token for the user's event, remembered by the channel so that it answers one reply. */
    private static String replyToken(Channel channel, String userId, long timestamp) {
        String token = UUID.randomUUID().toString().replace("-", "");
        channel.replyTokens().issue(token, userId, Instant.ofEpochMilli(timestamp));
        return token;
    }

    private Channel channel(Context ctx) {
        String id = ctx.pathParam("channelId");
        return channels.byId(id).orElseThrow(() -> new ControlError(404, "no channel " + id));
    }

    private JsonNode body(Context ctx) throws IOException {
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length == 0) {
            return json.createObjectNode();
        }
        JsonNode body;
        try {
            body = json.readTree(bytes);
        } catch (IOException e) {
            throw new ControlError(400, "the body is not valid JSON");
        }
        if (!body.isObject()) {
            throw new ControlError(400, "the body must be a JSON object");
        }
        return body;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
