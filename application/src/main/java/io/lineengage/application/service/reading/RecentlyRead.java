package io.lineengage.application.service.reading;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What senders read for every message (templates, LINE accounts with their decrypted credentials, org time zones,
 * journeys), kept for a moment and shared by the sender threads: at LINE's rates that is thousands of reads a second
 * otherwise. A change (an account disabled, a template deleted) is seen within {@code freshFor}.
 */
public final class RecentlyRead<K, V> {
    private record Read<V>(V value, Instant at) {}

    private final Duration freshFor;
    private final Clock clock;
    private final Map<K, Read<V>> reads = new ConcurrentHashMap<>();

    public RecentlyRead(Duration freshFor, Clock clock) {
        this.freshFor = freshFor;
        this.clock = clock;
    }

    public V get(K key, Function<K, V> read) {
        Instant now = clock.instant();
        Read<V> known = reads.get(key);
        if (known != null
                && !known.at().plus(freshFor).isBefore(now)
                && !known.at().isAfter(now)) {
            return known.value();
        }
        V value = read.apply(key);
        if (reads.size() > 10_000) {
            reads.clear(); // campaigns of many orgs at once: start over rather than grow
        }
        reads.put(key, new Read<>(value, now));
        return value;
    }
}
