package io.lineengage.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.application.port.in.webhook.ProcessLineEventsUseCase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LineEventWorkerTest {
    /** Answers the given batch sizes in turn (then 0), recording when each claim came. */
    private static final class ScriptedEvents implements ProcessLineEventsUseCase {
        private final int[] sizes;
        private final AtomicInteger next = new AtomicInteger();
        final List<Long> claimedAt = new CopyOnWriteArrayList<>();

        ScriptedEvents(int... sizes) {
            this.sizes = sizes;
        }

        @Override
        public int processPending(int max) {
            claimedAt.add(System.nanoTime());
            int i = next.getAndIncrement();
            return i < sizes.length ? Math.min(max, sizes[i]) : 0;
        }
    }

    @Test
    void afterASmallBatchTheNextClaimWaitsForMoreEventsToArrive() throws Exception {
        Duration linger = Duration.ofMillis(300);
        ScriptedEvents events = new ScriptedEvents(20, 20);
        try (LineEventWorker worker = new LineEventWorker(events, linger)) {
            worker.start();
            waitForClaims(events, 3);
        }
        // A lower bound only: a busy machine may make the gaps longer, never shorter.
        for (int i = 1; i < 3; i++) {
            assertThat(events.claimedAt.get(i) - events.claimedAt.get(i - 1))
                    .as("gap before claim %d", i + 1)
                    .isGreaterThanOrEqualTo(linger.toNanos());
        }
    }

    @Test
    void aFullBatchIsFollowedAtOnceWhileABacklogLasts() throws Exception {
        // A linger far longer than the test's ceiling: the claims only all come if none waited for it.
        ScriptedEvents events = new ScriptedEvents(
                LineEventWorker.BATCH, LineEventWorker.BATCH, LineEventWorker.FULL_ENOUGH, LineEventWorker.BATCH);
        try (LineEventWorker worker = new LineEventWorker(events, Duration.ofMinutes(10))) {
            worker.start();
            waitForClaims(events, 5);
        }
        assertThat(events.claimedAt).hasSizeGreaterThanOrEqualTo(5);
    }

    private static void waitForClaims(ScriptedEvents events, int count) throws InterruptedException {
        // A ceiling for a loaded machine, not a speed requirement.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (events.claimedAt.size() < count) {
            assertThat(System.nanoTime()).as("%d claims within 60 s", count).isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
