package io.lineengage.sandbox.channel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What was sent under one custom aggregation unit (recipients, and recipients per bubble position), and what a test
 * reported its users did with it through the control API (impressions, media played, clicks per URL).
 */
public final class AggregationUnit {
    private final AtomicLong recipients = new AtomicLong();
    private final AtomicIntegerArray perBubble = new AtomicIntegerArray(5);
    private final AtomicLong reportedImpressions = new AtomicLong(-1);
    private final AtomicLong mediaPlayed = new AtomicLong(-1);
    private final Map<String, long[]> clicks = new LinkedHashMap<>();

    void add(int count, int bubbles) {
        recipients.addAndGet(count);
        for (int i = 0; i < Math.min(bubbles, 5); i++) {
            perBubble.addAndGet(i, count);
        }
    }

    public long recipients() {
        return recipients.get();
    }

    public int recipientsOfBubble(int index) {
        return perBubble.get(index);
    }

    /** Users who opened it: as reported, or else everyone it was sent to (the sandbox's users read everything). */
    public long uniqueImpressions() {
        long reported = reportedImpressions.get();
        return reported >= 0 ? reported : recipients.get();
    }

    /** Users who played media in it, if a test reported any. */
    public long mediaPlayed() {
        return mediaPlayed.get();
    }

    public void report(long impressions, long played) {
        if (impressions >= 0) {
            reportedImpressions.accumulateAndGet(impressions, (old, added) -> Math.max(old, 0) + added);
        }
        if (played >= 0) {
            mediaPlayed.accumulateAndGet(played, (old, added) -> Math.max(old, 0) + added);
        }
    }

    public synchronized void reportClicks(String url, long count, long uniqueUsers) {
        long[] figures = clicks.computeIfAbsent(url, key -> new long[2]);
        figures[0] += count;
        figures[1] += uniqueUsers;
    }

    /** Per URL, in the order first reported: {clicks, unique users}. */
    public synchronized Map<String, long[]> clicks() {
        Map<String, long[]> copy = new LinkedHashMap<>();
        clicks.forEach((url, figures) -> copy.put(url, figures.clone()));
        return copy;
    }
}
