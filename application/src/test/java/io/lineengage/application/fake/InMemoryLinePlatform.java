package io.lineengage.application.fake;

import io.lineengage.application.port.out.line.FollowerPage;
import io.lineengage.application.port.out.line.LineMessagingPort;
import io.lineengage.application.port.out.line.LinePlatformFixture;
import io.lineengage.application.port.out.line.LineResult;
import io.lineengage.application.port.out.line.MulticastRequest;
import io.lineengage.application.port.out.line.PushRequest;
import io.lineengage.application.port.out.line.ReplyRequest;
import io.lineengage.application.port.out.line.SendOutcome;
import io.lineengage.application.port.out.line.UnitStatistics;
import io.lineengage.domain.account.ChannelCredentials;
import io.lineengage.domain.line.BotInfo;
import io.lineengage.domain.line.LineFailure;
import io.lineengage.domain.line.LineProfile;
import io.lineengage.domain.line.MessageQuota;
import io.lineengage.domain.message.LineMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * LINE in memory: a {@link LineMessagingPort} for fast service tests that is also the platform those tests look into.
 * It keeps LINE's rules that the product relies on: retry keys, quota, credentials, text length, follower paging.
 */
public final class InMemoryLinePlatform implements LineMessagingPort, LinePlatformFixture {
    private final Map<String, FakeChannel> channels = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong(1_000);

    private static final class FakeChannel {
        final NavigableSet<String> followers = new ConcurrentSkipListSet<>();
        final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
        final Map<UUID, String> retryKeys = new ConcurrentHashMap<>();
        final AtomicLong used = new AtomicLong();
        final AtomicInteger failNext = new AtomicInteger();
        volatile int failStatus = 500;
        volatile Long quota;
        volatile boolean revoked;
        final List<Optional<String>> units = new CopyOnWriteArrayList<>();
        final Map<String, String> replyTokens = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> replies = new ConcurrentHashMap<>();
    }

    /** The aggregation unit (or none) each call LINE accepted on the channel carried, in order. */
    public List<Optional<String>> unitsOf(ChannelCredentials channel) {
        return List.copyOf(channel(channel).units);
    }

    @Override
    public ChannelCredentials newChannel() {
        ChannelCredentials credentials = ChannelCredentials.withToken(
                Long.toString(nextId.incrementAndGet()), randomHex(), "token-" + randomHex());
        channels.put(credentials.channelId(), new FakeChannel());
        return credentials;
    }

    @Override
    public ChannelCredentials newChannelIssuingTokens() {
        ChannelCredentials credentials =
                ChannelCredentials.issuingTokens(Long.toString(nextId.incrementAndGet()), randomHex());
        channels.put(credentials.channelId(), new FakeChannel());
        return credentials;
    }

    @Override
    public List<String> addFollowers(ChannelCredentials channel, int count) {
        List<String> added = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String userId = "U" + randomHex();
            added.add(userId);
        }
        return addFollowers(channel, added);
    }

    /** Makes known users (of another channel of the provider) follow this one too. */
    public List<String> addFollowers(ChannelCredentials channel, List<String> userIds) {
        channel(channel).followers.addAll(userIds);
        return List.copyOf(userIds);
    }

    @Override
    public int receivedCount(ChannelCredentials channel, String userId) {
        AtomicInteger count = channel(channel).received.get(userId);
        return count == null ? 0 : count.get();
    }

    @Override
    public void setMonthlyQuota(ChannelCredentials channel, long limit) {
        channel(channel).quota = limit;
    }

    @Override
    public void exhaustQuota(ChannelCredentials channel) {
        FakeChannel fake = channel(channel);
        fake.quota = fake.used.get();
    }

    @Override
    public void revokeCredentials(ChannelCredentials channel) {
        channel(channel).revoked = true;
    }

    @Override
    public void failNextCalls(ChannelCredentials channel, int count, int status) {
        FakeChannel fake = channel(channel);
        fake.failStatus = status;
        fake.failNext.set(count);
    }

    @Override
    public String replyToken(ChannelCredentials channel, String userId) {
        String token = UUID.randomUUID().toString().replace("-", "");
        channel(channel).replyTokens.put(token, userId);
        return token;
    }

    @Override
    public int repliesReceived(ChannelCredentials channel, String userId) {
        AtomicInteger count = channel(channel).replies.get(userId);
        return count == null ? 0 : count.get();
    }

    // --- the port ---

    @Override
    public synchronized SendOutcome reply(ChannelCredentials credentials, ReplyRequest request) {
        FakeChannel channel = channel(credentials);
        Optional<LineFailure> refused = refusal(channel);
        if (refused.isPresent()) {
            return new SendOutcome.Failed(refused.get());
        }
        Optional<LineFailure.InvalidRequest> invalid = invalid(request.messages());
        if (invalid.isPresent()) {
            return new SendOutcome.Failed(invalid.get());
        }
        String user = channel.replyTokens.remove(request.replyToken());
        if (user == null) {
            return new SendOutcome.Failed(new LineFailure.InvalidReplyToken());
        }
        channel.received.computeIfAbsent(user, id -> new AtomicInteger()).incrementAndGet();
        channel.replies.computeIfAbsent(user, id -> new AtomicInteger()).incrementAndGet();
        return new SendOutcome.Accepted(
                UUID.randomUUID().toString(),
                request.messages().stream()
                        .map(m -> Long.toString(nextId.incrementAndGet()))
                        .toList());
    }

    @Override
    public SendOutcome push(ChannelCredentials channel, PushRequest request) {
        return send(channel, List.of(request.to()), request.messages(), request.retryKey(), request.aggregationUnit());
    }

    @Override
    public SendOutcome multicast(ChannelCredentials channel, MulticastRequest request) {
        return send(channel, request.to(), request.messages(), request.retryKey(), request.aggregationUnit());
    }

    private synchronized SendOutcome send(
            ChannelCredentials credentials,
            List<String> to,
            List<LineMessage> messages,
            UUID retryKey,
            Optional<String> unit) {
        FakeChannel channel = channel(credentials);
        Optional<LineFailure> refused = refusal(channel);
        if (refused.isPresent()) {
            return new SendOutcome.Failed(refused.get());
        }
        Optional<LineFailure.InvalidRequest> invalid = invalid(messages);
        if (invalid.isPresent()) {
            return new SendOutcome.Failed(invalid.get());
        }
        String earlier = channel.retryKeys.get(retryKey);
        if (earlier != null) {
            return new SendOutcome.AlreadyAccepted(earlier);
        }
        if (channel.quota != null && channel.used.get() + to.size() > channel.quota) {
            return new SendOutcome.Failed(new LineFailure.QuotaExhausted());
        }
        String requestId = UUID.randomUUID().toString();
        channel.retryKeys.put(retryKey, requestId);
        channel.units.add(unit);
        channel.used.addAndGet(to.size());
        to.forEach(user -> channel.received
                .computeIfAbsent(user, id -> new AtomicInteger())
                .incrementAndGet());
        List<String> sentIds = to.size() == 1
                ? messages.stream()
                        .map(m -> Long.toString(nextId.incrementAndGet()))
                        .toList()
                : List.of();
        return new SendOutcome.Accepted(requestId, sentIds);
    }

    @Override
    public LineResult<LineProfile> profile(ChannelCredentials credentials, String userId) {
        FakeChannel channel = channel(credentials);
        return refusal(channel)
                .<LineResult<LineProfile>>map(LineResult::failure)
                .orElseGet(() -> channel.followers.contains(userId)
                        ? LineResult.success(new LineProfile(
                                userId,
                                "User " + userId.substring(1, 7),
                                Optional.empty(),
                                Optional.of("ja"),
                                Optional.empty()))
                        : LineResult.failure(new LineFailure.NotFound("Not found")));
    }

    @Override
    public LineResult<FollowerPage> followerIds(ChannelCredentials credentials, String start, int limit) {
        FakeChannel channel = channel(credentials);
        Optional<LineFailure> refused = refusal(channel);
        if (refused.isPresent()) {
            return LineResult.failure(refused.get());
        }
        NavigableSet<String> rest = start == null ? channel.followers : channel.followers.tailSet(start, false);
        List<String> page = rest.stream().limit(limit).toList();
        boolean more = !page.isEmpty() && channel.followers.higher(page.get(page.size() - 1)) != null;
        return LineResult.success(
                new FollowerPage(page, more ? Optional.of(page.get(page.size() - 1)) : Optional.empty()));
    }

    @Override
    public LineResult<MessageQuota> quota(ChannelCredentials credentials) {
        FakeChannel channel = channel(credentials);
        return refusal(channel)
                .<LineResult<MessageQuota>>map(LineResult::failure)
                .orElseGet(() -> LineResult.success(new MessageQuota(
                        channel.quota == null ? OptionalLong.empty() : OptionalLong.of(channel.quota),
                        channel.used.get())));
    }

    @Override
    public LineResult<BotInfo> botInfo(ChannelCredentials credentials) {
        return refusal(channel(credentials))
                .<LineResult<BotInfo>>map(LineResult::failure)
                .orElseGet(() -> LineResult.success(new BotInfo(
                        "U" + randomHex() + randomHex().substring(0, 16),
                        "@" + credentials.channelId(),
                        "Fake " + credentials.channelId(),
                        Optional.empty())));
    }

    @Override
    public LineResult<Validated> validate(ChannelCredentials credentials, SendKind kind, List<LineMessage> messages) {
        FakeChannel channel = channel(credentials);
        Optional<LineFailure> refused = refusal(channel);
        if (refused.isPresent()) {
            return LineResult.failure(refused.get());
        }
        Optional<LineFailure.InvalidRequest> invalid = invalid(messages);
        return invalid.isPresent() ? LineResult.failure(invalid.get()) : LineResult.success(new Validated());
    }

    @Override
    public LineResult<Long> followerCount(ChannelCredentials credentials) {
        FakeChannel channel = channel(credentials);
        return refusal(channel)
                .<LineResult<Long>>map(LineResult::failure)
                .orElseGet(() -> LineResult.success((long) channel.followers.size()));
    }

    @Override
    public LineResult<UnitStatistics> statisticsPerUnit(
            ChannelCredentials channel, String unit, LocalDate from, LocalDate to) {
        // Nobody of the fake's users opens anything: LINE shows no count under 20.
        return LineResult.success(new UnitStatistics(
                OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(), List.of(), List.of()));
    }

    private static Optional<LineFailure> refusal(FakeChannel channel) {
        if (channel.revoked) {
            return Optional.of(new LineFailure.Unauthorized("revoked"));
        }
        if (channel.failNext.get() > 0 && channel.failNext.getAndDecrement() > 0) {
            return Optional.of(
                    channel.failStatus >= 500
                            ? new LineFailure.ServerError(channel.failStatus, "injected")
                            : new LineFailure.InvalidRequest("injected", List.of()));
        }
        return Optional.empty();
    }

    private static Optional<LineFailure.InvalidRequest> invalid(List<LineMessage> messages) {
        List<LineFailure.Detail> details = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i) instanceof LineMessage.Text text
                    && (text.text().isEmpty() || text.text().length() > 5000)) {
                details.add(new LineFailure.Detail("Length must be between 1 and 5000", "messages[" + i + "].text"));
            }
        }
        return details.isEmpty()
                ? Optional.empty()
                : Optional.of(new LineFailure.InvalidRequest(
                        "The request body has " + details.size() + " error(s)", details));
    }

    private FakeChannel channel(ChannelCredentials credentials) {
        FakeChannel channel = channels.get(credentials.channelId());
        if (channel == null) {
            throw new IllegalArgumentException("no fake channel " + credentials.channelId());
        }
        return channel;
    }

    private static String randomHex() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
