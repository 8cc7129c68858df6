package io.lineengage.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.lineengage.sandbox.channel.AcceptedRequest;
import io.lineengage.sandbox.channel.AggregationUnit;
import io.lineengage.sandbox.channel.Channel;
import io.lineengage.sandbox.channel.Channels;
import io.lineengage.sandbox.channel.Faults;
import io.lineengage.sandbox.channel.NarrowcastProgress;
import io.lineengage.sandbox.channel.NotificationMessages;
import io.lineengage.sandbox.channel.Profile;
import io.lineengage.sandbox.channel.Received;
import io.lineengage.sandbox.channel.RequestRecord;
import io.lineengage.sandbox.rules.MessageRules;
import io.lineengage.sandbox.rules.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** The LINE Platform endpoints, answering as messaging-api.yml, insight.yml and channel-access-token.yml say. */
final class LineApiRoutes {
    static final String MONTHLY_LIMIT = "You have reached your monthly limit.";
    static final String TOO_MANY_REQUESTS = "Too many requests";
    private static final Pattern USER_ID = Pattern.compile("U[0-9a-f]{32}");
    private static final Pattern PUSH_TARGET = Pattern.compile("[UCR][0-9a-f]{32}");
    private static final Pattern AGGREGATION_UNIT = Pattern.compile("^[a-zA-Z0-9_]{1,30}$");
    private static final Pattern DATE = Pattern.compile("^[0-9]{8}$");
    private static final Pattern PHONE_HASH = Pattern.compile("[0-9a-f]{64}");
    private static final ZoneId LINE_ZONE = ZoneId.of("Asia/Tokyo");
    private static final Set<String> RETRY_KEY_ENDPOINTS = Set.of("push", "multicast", "narrowcast", "broadcast");

    private final Channels channels;
    private final ObjectMapper json;
    private final Clock clock;
    private final DeliveryEvents deliveries;

    LineApiRoutes(Channels channels, ObjectMapper json, Clock clock) {
        this.channels = channels;
        this.json = json;
        this.clock = clock;
        this.deliveries = new DeliveryEvents(json, clock);
    }

    /** One call under way: its channel, its request ID, its parsed body. */
    private record Call(Context ctx, Channel channel, String requestId, String retryKey) {}

    @FunctionalInterface
    private interface Operation {
        Answer apply(Call call) throws IOException;
    }

    void register(RoutesConfig routes) {
        routes.post("/v2/bot/message/push", ctx -> serve(ctx, "push", this::push));
        routes.post("/v2/bot/message/reply", ctx -> serve(ctx, "reply", this::reply));
        routes.post("/v2/bot/message/multicast", ctx -> serve(ctx, "multicast", this::multicast));
        routes.post("/v2/bot/message/broadcast", ctx -> serve(ctx, "broadcast", this::broadcast));
        routes.post("/v2/bot/message/narrowcast", ctx -> serve(ctx, "narrowcast", this::narrowcast));
        routes.get("/v2/bot/message/progress/narrowcast", ctx -> serve(ctx, "progress", this::narrowcastProgress));
        routes.post("/v2/bot/message/validate/{kind}", ctx -> serve(ctx, "validate", this::validate));
        routes.get("/v2/bot/message/quota", ctx -> serve(ctx, "quota", this::quota));
        routes.get("/v2/bot/message/quota/consumption", ctx -> serve(ctx, "quota", this::consumption));
        routes.get("/v2/bot/message/aggregation/info", ctx -> serve(ctx, "aggregation", this::aggregationUsage));
        routes.get("/v2/bot/message/aggregation/list", ctx -> serve(ctx, "aggregation", this::aggregationNames));
        routes.get("/v2/bot/profile/{userId}", ctx -> serve(ctx, "profile", this::profile));
        routes.get("/v2/bot/followers/ids", ctx -> serve(ctx, "followers", this::followers));
        routes.get("/v2/bot/info", ctx -> serve(ctx, "botInfo", this::botInfo));
        routes.get("/v2/bot/insight/message/event/aggregation", ctx -> serve(ctx, "insight", this::statisticsPerUnit));
        routes.get("/v2/bot/insight/followers", ctx -> serve(ctx, "insight", this::numberOfFollowers));
        routes.post("/bot/pnp/push", ctx -> serve(ctx, "pnp", this::pushByPhone));
        routes.get("/v2/bot/message/delivery/pnp", ctx -> serve(ctx, "pnp", this::notificationMessagesSent));
        routes.post("/oauth2/v3/token", ctx -> issueToken(ctx, false));
        routes.post("/v2/oauth/accessToken", ctx -> issueToken(ctx, true));
    }

    // --- the pipeline every authenticated call goes through ---

    private void serve(Context ctx, String endpoint, Operation operation) {
        String requestId = UUID.randomUUID().toString();
        ctx.header("x-line-request-id", requestId);
        Channel channel = authenticate(ctx);
        if (channel == null) {
            finish(
                    ctx,
                    null,
                    requestId,
                    error(
                            401,
                            "Authentication failed. Confirm that the access token in the authorization header is valid."),
                    0);
            return;
        }
        run(ctx, channel, endpoint, requestId, operation);
    }

    private void run(Context ctx, Channel channel, String endpoint, String requestId, Operation operation) {
        Faults faults = channel.faults();
        boolean fromFailNext = faults.failNext().get() > 0;
        Answer answer;
        long delay = faults.latencyMs();
        if (faults.failsNow()) {
            int status = faults.failureStatus(fromFailNext);
            answer = error(status, status >= 500 ? "Internal server error" : "Injected failure");
        } else if (!channel.rateLimits().allow(endpoint)) {
            channel.traffic().record(endpoint, clock.instant(), true);
            answer = error(429, TOO_MANY_REQUESTS);
        } else {
            channel.traffic().record(endpoint, clock.instant(), false);
            if (faults.timesOutNow()) {
                delay += faults.timeoutMs();
            }
            answer = attempt(ctx, channel, endpoint, requestId, operation);
        }
        finish(ctx, channel, requestId, answer, delay);
    }

    private Answer attempt(Context ctx, Channel channel, String endpoint, String requestId, Operation operation) {
        try {
            String retryKey = ctx.header("X-Line-Retry-Key");
            if (retryKey != null) {
                if (!RETRY_KEY_ENDPOINTS.contains(endpoint)) {
                    throw new LineError(400, "The retry key is not supported on this endpoint");
                }
                if (!isUuid(retryKey)) {
                    throw new LineError(400, "The value for the 'X-Line-Retry-Key' header is invalid");
                }
            }
            return operation.apply(new Call(ctx, channel, requestId, retryKey));
        } catch (LineError e) {
            Answer answer = error(e.status, e.getMessage(), e.details, e.headers);
            if (e.sentMessages != null) {
                ((ObjectNode) answer.body()).set("sentMessages", e.sentMessages);
            }
            return answer;
        } catch (IOException e) {
            return error(400, "The request body could not be parsed as JSON");
        }
    }

    private Channel authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            return null;
        }
        return channels.byToken(header.substring(7).strip(), clock.instant()).orElse(null);
    }

    /** Writes the answer (after any injected delay, without holding a server thread) and logs the call. */
    private void finish(Context ctx, Channel channel, String requestId, Answer answer, long delayMs) {
        String body = answer.body() == null ? "" : answer.body().toString();
        if (channel != null) {
            channel.log(new RequestRecord(
                    requestId,
                    clock.instant(),
                    ctx.method().name(),
                    ctx.path(),
                    ctx.queryString(),
                    headersOfInterest(ctx),
                    ctx.body(),
                    answer.status(),
                    body));
        }
        Runnable write = () -> {
            answer.headers().forEach(ctx::header);
            ctx.status(answer.status());
            if (answer.body() != null) {
                ctx.contentType("application/json").result(body);
            }
        };
        if (delayMs <= 0) {
            write.run();
        } else {
            ctx.future(() -> CompletableFuture.runAsync(
                    write, CompletableFuture.delayedExecutor(delayMs, TimeUnit.MILLISECONDS)));
        }
    }

    private static Map<String, String> headersOfInterest(Context ctx) {
        Map<String, String> headers = new LinkedHashMap<>();
        String authorization = ctx.header("Authorization");
        if (authorization != null) {
            // Enough to tell tokens apart, never the token itself.
            headers.put(
                    "Authorization",
                    authorization.length() > 12
                            ? authorization.substring(0, 7) + "…" + authorization.substring(authorization.length() - 4)
                            : "Bearer …");
        }
        for (String name : List.of("Content-Type", "X-Line-Retry-Key", "X-Line-Delivery-Tag", "User-Agent")) {
            String value = ctx.header(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return headers;
    }

    // --- sending ---

    private Answer push(Call call) throws IOException {
        JsonNode body = jsonBody(call.ctx());
        List<Violation> violations = new ArrayList<>();
        String to = body.path("to").isTextual() ? body.path("to").textValue() : null;
        if (to == null) {
            violations.add(new Violation("Must not be null", "to"));
        } else if (!PUSH_TARGET.matcher(to).matches()) {
            violations.add(new Violation("Invalid user, group or room ID", "to"));
        }
        violations.addAll(MessageRules.check(body.get("messages"), "messages"));
        checkCommonSendFields(body, violations, Integer.MAX_VALUE);
        if (!violations.isEmpty()) {
            throw LineError.invalid(violations);
        }
        ArrayNode sentMessages = sentMessages(body.get("messages").size());
        accept(call, "push", body, List.of(to), sentMessages);
        ObjectNode answer = json.createObjectNode();
        answer.set("sentMessages", sentMessages);
        return new Answer(200, answer);
    }

    /**
     * A reply with a token a webhook of this channel carried: once, within a minute of its event, to that event's
     * user; free of the monthly quota, as LINE's replies are. The spec takes no retry key here (refused above).
     */
    private Answer reply(Call call) throws IOException {
        JsonNode body = jsonBody(call.ctx());
        List<Violation> violations = new ArrayList<>();
        String token =
                body.path("replyToken").isTextual() ? body.path("replyToken").textValue() : null;
        if (token == null || token.isEmpty()) {
            violations.add(new Violation("Must not be null", "replyToken"));
        }
        violations.addAll(MessageRules.check(body.get("messages"), "messages"));
        checkCommonSendFields(body, violations, 0);
        if (!violations.isEmpty()) {
            throw LineError.invalid(violations);
        }
        String userId = call.channel()
                .replyTokens()
                .use(token, clock.instant())
                .orElseThrow(() -> new LineError(400, "Invalid reply token"));
        ArrayNode sentMessages = sentMessages(body.get("messages").size());
        call.channel()
                .deliver(
                        userId,
                        new Received(
                                call.requestId(),
                                null,
                                "reply",
                                body.get("messages"),
                                clock.instant(),
                                call.channel().follower(userId).isPresent()));
        ObjectNode answer = json.createObjectNode();
        answer.set("sentMessages", sentMessages);
        return new Answer(200, answer);
    }

    /** What LINE answers for each message a push or reply sent: an ID and a quote token. */
    private ArrayNode sentMessages(int count) {
        ArrayNode sent = json.createArrayNode();
        for (int i = 0; i < count; i++) {
            sent.addObject()
                    .put(
                            "id",
                            Long.toString(
                                    ThreadLocalRandom.current().nextLong(100_000_000_000_000L, 999_999_999_999_999L)))
                    .put("quoteToken", "q" + UUID.randomUUID().toString().replace("-", ""));
        }
        return sent;
    }

    private Answer multicast(Call call) throws IOException {
        JsonNode body = jsonBody(call.ctx());
        List<Violation> violations = new ArrayList<>();
        JsonNode to = body.get("to");
        List<String> recipients = new ArrayList<>();
        if (to == null || !to.isArray() || to.isEmpty() || to.size() > 500) {
            violations.add(new Violation("Size must be between 1 and 500", "to"));
        } else {
            for (int i = 0; i < to.size(); i++) {
                String userId = to.get(i).isTextual() ? to.get(i).textValue() : "";
                if (!USER_ID.matcher(userId).matches()) {
                    violations.add(new Violation("Invalid user ID", "to[" + i + "]"));
                }
                recipients.add(userId);
            }
        }
        violations.addAll(MessageRules.check(body.get("messages"), "messages"));
        checkCommonSendFields(body, violations, 1);
        if (!violations.isEmpty()) {
            throw LineError.invalid(violations);
        }
        accept(call, "multicast", body, recipients, null);
        return new Answer(200, json.createObjectNode());
    }

    private Answer broadcast(Call call) throws IOException {
        JsonNode body = jsonBody(call.ctx());
        List<Violation> violations = new ArrayList<>(MessageRules.check(body.get("messages"), "messages"));
        checkCommonSendFields(body, violations, 0);
        if (!violations.isEmpty()) {
            throw LineError.invalid(violations);
        }
        accept(call, "broadcast", body, List.copyOf(call.channel().allFollowerIds()), null);
        return new Answer(200, json.createObjectNode());
    }

    private Answer narrowcast(Call call) throws IOException {
        JsonNode body = jsonBody(call.ctx());
        List<Violation> violations = new ArrayList<>(MessageRules.check(body.get("messages"), "messages"));
        checkCommonSendFields(body, violations, 0);
        if (!violations.isEmpty()) {
            throw LineError.invalid(violations);
        }
        // The sandbox has no demographics or audiences: a narrowcast reaches every follower, up to limit.max.
        List<String> recipients = new ArrayList<>(call.channel().allFollowerIds());
        int max = body.path("limit").path("max").asInt(Integer.MAX_VALUE);
        if (recipients.size() > max) {
            recipients = recipients.subList(0, max);
        }
        accept(call, "narrowcast", body, recipients, null);
        Instant now = clock.instant();
        call.channel()
                .recordNarrowcast(
                        call.requestId(), new NarrowcastProgress(recipients.size(), recipients.size(), now, now));
        return new Answer(202, json.createObjectNode());
    }

    private void checkCommonSendFields(JsonNode body, List<Violation> violations, int maxAggregationUnits) {
        JsonNode notificationDisabled = body.get("notificationDisabled");
        if (notificationDisabled != null && !notificationDisabled.isBoolean()) {
            violations.add(new Violation("Must be a boolean", "notificationDisabled"));
        }
        JsonNode units = body.get("customAggregationUnits");
        if (units != null) {
            if (!units.isArray() || units.size() > maxAggregationUnits) {
                violations.add(new Violation("Size must be at most " + maxAggregationUnits, "customAggregationUnits"));
            } else {
                for (int i = 0; i < units.size(); i++) {
                    if (!units.get(i).isTextual()
                            || !AGGREGATION_UNIT
                                    .matcher(units.get(i).textValue())
                                    .matches()) {
                        violations.add(
                                new Violation("Must match ^[a-zA-Z0-9_]{1,30}$", "customAggregationUnits[" + i + "]"));
                    }
                }
            }
        }
    }

    /**
     * The part every send shares once its body is valid: the retry key (409 for a repeat), the monthly quota
     * (429), then one delivery per recipient.
     */
    private AcceptedRequest accept(
            Call call, String endpoint, JsonNode body, Collection<String> recipients, ArrayNode sentMessages) {
        Channel channel = call.channel();
        Instant now = clock.instant();
        AcceptedRequest claim = new AcceptedRequest(call.requestId(), sentMessages, now);
        if (call.retryKey() != null) {
            AcceptedRequest earlier = channel.claimRetryKey(call.retryKey(), claim, now);
            if (earlier != null) {
                throw new LineError(
                        409,
                        "The retry key is already accepted",
                        List.of(),
                        Map.of("x-line-accepted-request-id", earlier.requestId()),
                        earlier.sentMessages());
            }
        }
        if (!channel.tryConsume(recipients.size())) {
            if (call.retryKey() != null) {
                channel.releaseRetryKey(call.retryKey(), claim);
            }
            throw new LineError(429, MONTHLY_LIMIT);
        }
        JsonNode messages = body.get("messages");
        for (String userId : recipients) {
            channel.deliver(
                    userId,
                    new Received(
                            call.requestId(),
                            call.retryKey(),
                            endpoint,
                            messages,
                            now,
                            channel.follower(userId).isPresent()));
        }
        JsonNode units = body.get("customAggregationUnits");
        if (units != null && !units.isEmpty()) {
            channel.countAggregationUnit(units.get(0).textValue(), recipients.size(), messages.size());
        }
        return claim;
    }

    private Answer narrowcastProgress(Call call) {
        String requestId = call.ctx().queryParam("requestId");
        if (requestId == null) {
            throw LineError.invalid("Must not be null", "requestId");
        }
        NarrowcastProgress progress =
                call.channel().narrowcast(requestId).orElseThrow(() -> new LineError(404, "Not found"));
        ObjectNode answer = json.createObjectNode()
                .put("phase", "succeeded")
                .put("successCount", progress.successCount())
                .put("failureCount", 0)
                .put("targetCount", progress.targetCount())
                .put("acceptedTime", progress.acceptedTime().toString())
                .put("completedTime", progress.completedTime().toString());
        return new Answer(200, answer);
    }

    private Answer validate(Call call) throws IOException {
        String kind = call.ctx().pathParam("kind");
        if (!Set.of("push", "multicast", "narrowcast", "broadcast", "reply").contains(kind)) {
            throw new LineError(404, "Not found");
        }
        List<Violation> violations = MessageRules.check(jsonBody(call.ctx()).get("messages"), "messages");
        if (!violations.isEmpty()) {
            throw LineError.invalid(violations);
        }
        // messaging-api.yml: a valid message set is answered 200 with no body.
        return new Answer(200, null);
    }

    // --- reading ---

    private Answer quota(Call call) {
        Long quota = call.channel().monthlyQuota();
        ObjectNode answer = json.createObjectNode().put("type", quota == null ? "none" : "limited");
        if (quota != null) {
            answer.put("value", quota);
        }
        return new Answer(200, answer);
    }

    private Answer consumption(Call call) {
        return new Answer(
                200, json.createObjectNode().put("totalUsage", call.channel().usage()));
    }

    private Answer aggregationUsage(Call call) {
        return new Answer(
                200,
                json.createObjectNode()
                        .put(
                                "numOfCustomAggregationUnits",
                                call.channel().aggregationUnits().size()));
    }

    private Answer aggregationNames(Call call) {
        ObjectNode answer = json.createObjectNode();
        ArrayNode names = answer.putArray("customAggregationUnits");
        call.channel().aggregationUnits().keySet().stream().sorted().forEach(names::add);
        return new Answer(200, answer);
    }

    private Answer profile(Call call) {
        Profile profile = call.channel()
                .follower(call.ctx().pathParam("userId"))
                .orElseThrow(() -> new LineError(404, "Not found"));
        ObjectNode answer = json.createObjectNode()
                .put("displayName", profile.displayName())
                .put("userId", profile.userId());
        putIfPresent(answer, "pictureUrl", profile.pictureUrl());
        putIfPresent(answer, "statusMessage", profile.statusMessage());
        putIfPresent(answer, "language", profile.language());
        return new Answer(200, answer);
    }

    private Answer followers(Call call) {
        String limitText = call.ctx().queryParam("limit");
        int limit = 300;
        if (limitText != null) {
            try {
                limit = Integer.parseInt(limitText);
            } catch (NumberFormatException e) {
                throw LineError.invalid("Must be a number", "limit");
            }
            if (limit < 1 || limit > 1000) {
                throw LineError.invalid("Must be between 1 and 1000", "limit");
            }
        }
        String start = call.ctx().queryParam("start");
        String after = null;
        if (start != null) {
            try {
                after = new String(Base64.getUrlDecoder().decode(start), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw LineError.invalid("Invalid continuation token", "start");
            }
        }
        List<String> page = call.channel().followerIds(after, limit);
        ObjectNode answer = json.createObjectNode();
        ArrayNode ids = answer.putArray("userIds");
        page.forEach(ids::add);
        if (page.size() == limit
                && !call.channel().followerIds(page.get(page.size() - 1), 1).isEmpty()) {
            answer.put(
                    "next",
                    Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(page.get(page.size() - 1).getBytes(StandardCharsets.UTF_8)));
        }
        return new Answer(200, answer);
    }

    private Answer botInfo(Call call) {
        Channel channel = call.channel();
        return new Answer(
                200,
                json.createObjectNode()
                        .put("userId", channel.botUserId())
                        .put("basicId", "@" + channel.channelId())
                        .put("displayName", channel.displayName())
                        .put("chatMode", "bot")
                        .put("markAsReadMode", "auto"));
    }

    private Answer statisticsPerUnit(Call call) {
        Context ctx = call.ctx();
        String unit = ctx.queryParam("customAggregationUnit");
        List<Violation> violations = new ArrayList<>();
        if (unit == null || !AGGREGATION_UNIT.matcher(unit).matches()) {
            violations.add(new Violation("Must match ^[a-zA-Z0-9_]{1,30}$", "customAggregationUnit"));
        }
        for (String date : List.of("from", "to")) {
            String value = ctx.queryParam(date);
            if (value == null || !DATE.matcher(value).matches()) {
                violations.add(new Violation("Must be yyyyMMdd", date));
            }
        }
        if (!violations.isEmpty()) {
            throw LineError.invalid(violations);
        }
        // The sandbox's users read everything they receive and click nothing, unless a test reported otherwise; as
        // LINE does, any count under 20 is answered as null.
        AggregationUnit stats = call.channel().aggregationUnits().get(unit);
        ObjectNode answer = json.createObjectNode();
        Map<String, long[]> clicks = stats == null ? Map.of() : stats.clicks();
        ObjectNode overview = answer.putObject("overview");
        putCount(overview, "uniqueImpression", stats == null ? 0 : stats.uniqueImpressions());
        putCount(
                overview,
                "uniqueClick",
                clicks.values().stream().mapToLong(figures -> figures[1]).sum());
        if (stats != null && stats.mediaPlayed() >= 0) {
            putCount(overview, "uniqueMediaPlayed", stats.mediaPlayed());
        } else {
            overview.putNull("uniqueMediaPlayed");
        }
        overview.putNull("uniqueMediaPlayed100Percent");
        ArrayNode messages = answer.putArray("messages");
        for (int i = 0; stats != null && i < 5 && stats.recipientsOfBubble(i) > 0; i++) {
            ObjectNode message = messages.addObject().put("seq", i + 1);
            putCount(message, "impression", stats.recipientsOfBubble(i));
            message.putNull("mediaPlayed").putNull("uniqueMediaPlayed");
        }
        ArrayNode urls = answer.putArray("clicks");
        int seq = 0;
        for (Map.Entry<String, long[]> url : clicks.entrySet()) {
            ObjectNode click = urls.addObject().put("seq", ++seq).put("url", url.getKey());
            putCount(click, "click", url.getValue()[0]);
            putCount(click, "uniqueClick", url.getValue()[1]);
            putCount(click, "uniqueClickOfRequest", url.getValue()[1]);
        }
        return new Answer(200, answer);
    }

    /**
     * messaging-api.yml pushMessagesByPhone: a LINE notification message to the user whose phone number (E.164, then
     * SHA-256 in hex) is {@code to}. A number no user agreed with is a 422; an accepted one is counted and, when the
     * channel has a webhook URL, followed by a signed {@code delivery} event carrying the delivery tag (or the hash).
     * The endpoint takes no retry key (the pipeline answers 400 for one).
     */
    private Answer pushByPhone(Call call) throws IOException {
        JsonNode body = jsonBody(call.ctx());
        List<Violation> violations = new ArrayList<>();
        String to = body.path("to").isTextual() ? body.path("to").textValue() : null;
        if (to == null) {
            violations.add(new Violation("Must not be null", "to"));
        } else if (!PHONE_HASH.matcher(to).matches()) {
            violations.add(new Violation("Must be a SHA-256 hash of an E.164 phone number", "to"));
        }
        String tag = call.ctx().header("X-Line-Delivery-Tag");
        if (tag != null && (tag.length() < 16 || tag.length() > 100)) {
            violations.add(new Violation("Size must be between 16 and 100", "X-Line-Delivery-Tag"));
        }
        violations.addAll(MessageRules.check(body.get("messages"), "messages"));
        if (!violations.isEmpty()) {
            throw LineError.invalid(violations);
        }
        NotificationMessages notifications = call.channel().notificationMessages();
        if (!notifications.reaches(to)) {
            throw new LineError(422, "Failed to send messages");
        }
        notifications.sent(to, clock.instant().atZone(LINE_ZONE).toLocalDate());
        deliveries.deliver(call.channel(), tag != null ? tag : to);
        return new Answer(200, null); // LINE answers 200 with no body here
    }

    /** messaging-api.yml getPNPMessageStatistics: messages sent on a day (Japan time); under 20 LINE does not say. */
    private Answer notificationMessagesSent(Call call) {
        String date = call.ctx().queryParam("date");
        if (date == null || !DATE.matcher(date).matches()) {
            throw LineError.invalid("Must be yyyyMMdd", "date");
        }
        LocalDate day = LocalDate.parse(date, DateTimeFormatter.BASIC_ISO_DATE);
        ObjectNode answer = json.createObjectNode();
        if (!day.isBefore(clock.instant().atZone(LINE_ZONE).toLocalDate())) {
            return new Answer(200, answer.put("status", "unready"));
        }
        int sent = call.channel().notificationMessages().sentOn(day);
        return new Answer(
                200,
                sent < 20
                        ? answer.put("status", "unavailable_for_privacy")
                        : answer.put("status", "ready").put("success", sent));
    }

    /** LINE answers counts under 20 as null, so that nobody can be singled out from the statistics. */
    private static void putCount(ObjectNode node, String field, long count) {
        if (count < 20) {
            node.putNull(field);
        } else {
            node.put(field, count);
        }
    }

    /** insight.yml getNumberOfFollowers: the sandbox answers today's numbers for any date asked. */
    private Answer numberOfFollowers(Call call) {
        String date = call.ctx().queryParam("date");
        if (date != null && !DATE.matcher(date).matches()) {
            throw LineError.invalid("Must be yyyyMMdd", "date");
        }
        int followers = call.channel().followerCount();
        return new Answer(
                200,
                json.createObjectNode()
                        .put("status", "ready")
                        .put("followers", followers)
                        .put("targetedReaches", followers)
                        .put("blocks", 0));
    }

    // --- tokens ---

    private void issueToken(Context ctx, boolean shortLived) {
        String requestId = UUID.randomUUID().toString();
        ctx.header("x-line-request-id", requestId);
        String clientId = ctx.formParam("client_id");
        String clientSecret = ctx.formParam("client_secret");
        if (!"client_credentials".equals(ctx.formParam("grant_type"))) {
            finish(
                    ctx,
                    null,
                    requestId,
                    oauthError("unsupported_grant_type", "grant_type must be client_credentials"),
                    0);
            return;
        }
        Channel channel = clientId == null ? null : channels.byId(clientId).orElse(null);
        if (channel == null || !channel.channelSecret().equals(clientSecret)) {
            finish(ctx, channel, requestId, oauthError("invalid_client", "client_id or client_secret is wrong"), 0);
            return;
        }
        run(ctx, channel, "token", requestId, call -> {
            long ttl = shortLived ? 30L * 24 * 3600 : channel.tokenTtlSeconds();
            ObjectNode answer = json.createObjectNode()
                    .put("access_token", channels.issueToken(channel, ttl, clock.instant()))
                    .put("expires_in", ttl)
                    .put("token_type", "Bearer");
            if (shortLived) {
                answer.put("key_id", "sandbox");
            }
            return new Answer(200, answer);
        });
    }

    private Answer oauthError(String error, String description) {
        return new Answer(400, json.createObjectNode().put("error", error).put("error_description", description));
    }

    // --- helpers ---

    private JsonNode jsonBody(Context ctx) throws IOException {
        JsonNode body = json.readTree(ctx.bodyAsBytes());
        if (body == null || !body.isObject()) {
            throw new LineError(400, "The request body must be a JSON object");
        }
        return body;
    }

    Answer error(int status, String message) {
        return error(status, message, List.of(), Map.of());
    }

    private Answer error(int status, String message, List<Violation> details, Map<String, String> headers) {
        ObjectNode body = json.createObjectNode().put("message", message);
        if (!details.isEmpty()) {
            ArrayNode array = body.putArray("details");
            details.forEach(
                    detail -> array.addObject().put("message", detail.message()).put("property", detail.property()));
        }
        return new Answer(status, body, headers);
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static boolean isUuid(String text) {
        try {
            return UUID.fromString(text).toString().equalsIgnoreCase(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
