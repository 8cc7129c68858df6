package io.lineengage.sandbox.channel;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A channel's LINE notification messages: the phone-number hashes of users who agreed to receive them (registered by
 * a test), what was sent to each, and how many were sent per day (in Japan time, as LINE counts them).
 */
public final class NotificationMessages {
    private final Set<String> reachable = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
    private final Map<LocalDate, AtomicInteger> perDay = new ConcurrentHashMap<>();

    public void register(String phoneHash) {
        reachable.add(phoneHash);
    }

    public boolean reaches(String phoneHash) {
        return reachable.contains(phoneHash);
    }

    public void sent(String phoneHash, LocalDate day) {
        received.computeIfAbsent(phoneHash, key -> new AtomicInteger()).incrementAndGet();
        perDay.computeIfAbsent(day, key -> new AtomicInteger()).incrementAndGet();
    }

    public Map<String, Integer> receivedCounts() {
        Map<String, Integer> counts = new ConcurrentHashMap<>();
        received.forEach((hash, count) -> counts.put(hash, count.get()));
        return counts;
    }

    public int sentOn(LocalDate day) {
        AtomicInteger count = perDay.get(day);
        return count == null ? 0 : count.get();
    }
}
