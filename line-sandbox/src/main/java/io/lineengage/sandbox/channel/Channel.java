package io.lineengage.sandbox.channel;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** One simulated Messaging API channel (LINE Official Account) and everything it remembers. */
public final class Channel {
    /** LINE remembers a retry key for 24 hours. */
    public static final Duration RETRY_KEY_MEMORY = Duration.ofHours(24);
    /**
     * The request log keeps this many of the latest calls by default; older ones are dropped (and counted), so that a
     * benchmark's millions of calls (a 500-ID multicast body is ~18 KB) cannot exhaust memory.
     */
    public static final int DEFAULT_REQUEST_LOG_LIMIT = 10_000;

    private final String channelId;
    private final String channelSecret;
    private final String accessToken;
    private final String botUserId;
    private final String displayName;

    private volatile String webhookUrl;
    private volatile Long monthlyQuota;
    private volatile long tokenTtlSeconds = 900;
    private volatile int requestLogLimit = DEFAULT_REQUEST_LOG_LIMIT;
    private volatile Faults faults = Faults.NONE;
    private volatile boolean accessTokenRevoked;
    private final RateLimits rateLimits = new RateLimits();
    private final Traffic traffic = new Traffic();
    private final AtomicLong usage = new AtomicLong();

    // Sorted by user ID, so follower pages continue after the last ID returned, whatever is added meanwhile.
    private final Map<String, Profile> followers = new ConcurrentHashMap<>();
    // In ID order for paging; the hash map answers the per-recipient lookups of a multicast.
    private final NavigableSet<String> followerOrder = new ConcurrentSkipListSet<>();
    private final Map<String, Boolean> everFollowed = new ConcurrentHashMap<>();
    private final Map<String, Queue<Received>> received = new ConcurrentHashMap<>();
    private final Map<String, AcceptedRequest> retryKeys = new ConcurrentHashMap<>();
    private final Deque<RequestRecord> requests = new ConcurrentLinkedDeque<>();
    private final AtomicInteger requestCount = new AtomicInteger();
    private final AtomicLong droppedRequests = new AtomicLong();
    private final Map<String, AggregationUnit> aggregationUnits = new ConcurrentHashMap<>();
    private final Map<String, NarrowcastProgress> narrowcasts = new ConcurrentHashMap<>();
    private final NotificationMessages notificationMessages = new NotificationMessages();
    private final ReplyTokens replyTokens = new ReplyTokens();

    public Channel(String channelId, String channelSecret, String accessToken, String botUserId, String displayName) {
        this.channelId = channelId;
        this.channelSecret = channelSecret;
        this.accessToken = accessToken;
        this.botUserId = botUserId;
        this.displayName = displayName;
    }

    public String channelId() {
        return channelId;
    }

    public String channelSecret() {
        return channelSecret;
    }

    public String accessToken() {
        return accessToken;
    }

    public String botUserId() {
        return botUserId;
    }

    public String displayName() {
        return displayName;
    }

    public String webhookUrl() {
        return webhookUrl;
    }

    /** LINE notification messages: who can be reached by phone number, and what was sent. */
    public ReplyTokens replyTokens() {
        return replyTokens;
    }

    public NotificationMessages notificationMessages() {
        return notificationMessages;
    }

    public void webhookUrl(String url) {
        this.webhookUrl = url;
    }

    public Long monthlyQuota() {
        return monthlyQuota;
    }

    public void monthlyQuota(Long quota) {
        this.monthlyQuota = quota;
    }

    public long tokenTtlSeconds() {
        return tokenTtlSeconds;
    }

    public void tokenTtlSeconds(long seconds) {
        if (seconds < 1) {
            throw new IllegalArgumentException("tokenTtlSeconds must be at least 1");
        }
        this.tokenTtlSeconds = seconds;
    }

    public Traffic traffic() {
        return traffic;
    }

    public RateLimits rateLimits() {
        return rateLimits;
    }

    public Faults faults() {
        return faults;
    }

    public void faults(Faults faults) {
        this.faults = faults;
    }

    boolean accessTokenRevoked() {
        return accessTokenRevoked;
    }

    void accessTokenRevoked(boolean revoked) {
        this.accessTokenRevoked = revoked;
    }

    // --- monthly quota: LINE counts one message per recipient of each accepted call ---

    /** Counts {@code recipients} messages against the quota; false (and nothing counted) when they do not fit. */
    public boolean tryConsume(long recipients) {
        Long quota = monthlyQuota;
        if (quota == null) {
            usage.addAndGet(recipients);
            return true;
        }
        long before;
        do {
            before = usage.get();
            if (before + recipients > quota) {
                return false;
            }
        } while (!usage.compareAndSet(before, before + recipients));
        return true;
    }

    public long usage() {
        return usage.get();
    }

    /** Uses up what is left of the month: the next send answers LINE's monthly-limit 429. */
    public void exhaustQuota() {
        if (monthlyQuota == null) {
            monthlyQuota = usage.get();
        } else {
            usage.accumulateAndGet(monthlyQuota, Math::max);
        }
    }

    // --- followers ---

    public void follow(Profile profile) {
        everFollowed.put(profile.userId(), Boolean.TRUE);
        followers.put(profile.userId(), profile);
        followerOrder.add(profile.userId());
    }

    /** Whether {@code userId} followed before and does not now: a follow from them is an unblock. */
    public boolean wouldUnblock(String userId) {
        return everFollowed.containsKey(userId) && !followers.containsKey(userId);
    }

    public boolean unfollow(String userId) {
        followerOrder.remove(userId);
        return followers.remove(userId) != null;
    }

    public Optional<Profile> follower(String userId) {
        return Optional.ofNullable(followers.get(userId));
    }

    public int followerCount() {
        return followers.size();
    }

    /** Up to {@code limit} follower IDs after {@code after} (null: from the first). */
    public List<String> followerIds(String after, int limit) {
        NavigableSet<String> rest = after == null ? followerOrder : followerOrder.tailSet(after, false);
        List<String> ids = new ArrayList<>(Math.min(limit, 1000));
        for (String id : rest) {
            if (ids.size() == limit) {
                break;
            }
            ids.add(id);
        }
        return ids;
    }

    public Collection<String> allFollowerIds() {
        return followerOrder;
    }

    // --- deliveries ---

    public void deliver(String userId, Received delivery) {
        received.computeIfAbsent(userId, id -> new ConcurrentLinkedQueue<>()).add(delivery);
    }

    public List<Received> receivedBy(String userId) {
        Queue<Received> items = received.get(userId);
        return items == null ? List.of() : List.copyOf(items);
    }

    public Map<String, Integer> receivedCounts() {
        Map<String, Integer> counts = new HashMap<>(received.size() * 2);
        received.forEach((userId, items) -> counts.put(userId, items.size()));
        return counts;
    }

    // --- retry keys ---

    /**
     * Claims {@code retryKey} for {@code request}; answers the request that claimed it within the last 24 hours
     * (then the caller answers 409), or null when this call now owns the key.
     */
    public AcceptedRequest claimRetryKey(String retryKey, AcceptedRequest request, Instant now) {
        AcceptedRequest[] earlier = new AcceptedRequest[1];
        retryKeys.compute(retryKey, (key, existing) -> {
            if (existing != null && existing.acceptedAt().plus(RETRY_KEY_MEMORY).isAfter(now)) {
                earlier[0] = existing;
                return existing;
            }
            return request;
        });
        return earlier[0];
    }

    /** Gives back a key whose call was not accepted after all (quota, validation), so a retry may use it. */
    public void releaseRetryKey(String retryKey, AcceptedRequest request) {
        retryKeys.remove(retryKey, request);
    }

    // --- request log ---

    public void log(RequestRecord record) {
        requests.addLast(record);
        if (requestCount.incrementAndGet() > requestLogLimit && requests.pollFirst() != null) {
            requestCount.decrementAndGet();
            droppedRequests.incrementAndGet();
        }
    }

    public List<RequestRecord> requests() {
        return List.copyOf(requests);
    }

    public int requestLogLimit() {
        return requestLogLimit;
    }

    public void requestLogLimit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("requestLogLimit must not be negative");
        }
        this.requestLogLimit = limit;
    }

    public long droppedRequests() {
        return droppedRequests.get();
    }

    // --- statistics ---

    public void countAggregationUnit(String unit, int recipients, int bubbles) {
        aggregationUnits.computeIfAbsent(unit, name -> new AggregationUnit()).add(recipients, bubbles);
    }

    public Map<String, AggregationUnit> aggregationUnits() {
        return aggregationUnits;
    }

    public void recordNarrowcast(String requestId, NarrowcastProgress progress) {
        narrowcasts.put(requestId, progress);
    }

    public Optional<NarrowcastProgress> narrowcast(String requestId) {
        return Optional.ofNullable(narrowcasts.get(requestId));
    }
}
