package io.lineengage.sandbox.channel;

import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;

/** What was sent under one custom aggregation unit: recipients, and recipients per bubble position. */
public final class AggregationUnit {
    private final AtomicLong recipients = new AtomicLong();
    private final AtomicIntegerArray perBubble = new AtomicIntegerArray(5);

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
}
