package io.lineengage.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class WorkerLoopTest {
    private static final Duration LONG_TICK = Duration.ofMinutes(10);

    @Test
    void everyThreadDoesARoundAtStartAndAgainWhenWokenLongBeforeTheTick() throws Exception {
        Set<Integer> threads = ConcurrentHashMap.newKeySet();
        AtomicInteger rounds = new AtomicInteger();
        CountDownLatch woken = new CountDownLatch(6);
        try (WorkerLoop loop = new WorkerLoop(
                new WorkerLoop.Shape("test", 3, LONG_TICK, Duration.ofMillis(10), true), (thread, running) -> {
                    threads.add(thread);
                    rounds.incrementAndGet();
                    woken.countDown();
                })) {
            loop.start();
            waitUntil(() -> rounds.get() == 3);
            assertThat(threads).containsExactlyInAnyOrder(0, 1, 2);
            loop.wake();
            assertThat(woken.await(60, TimeUnit.SECONDS))
                    .as("a second round on each thread")
                    .isTrue();
        }
    }

    @Test
    void aFailedRoundIsTriedAgainAfterThePauseAndTheThreadLivesOn() throws Exception {
        AtomicInteger rounds = new AtomicInteger();
        try (WorkerLoop loop = new WorkerLoop(
                new WorkerLoop.Shape("test", 1, LONG_TICK, Duration.ofMillis(50), true), (thread, running) -> {
                    if (rounds.incrementAndGet() < 3) {
                        throw new IllegalStateException("boom");
                    }
                })) {
            loop.start();
            waitUntil(() -> rounds.get() == 3);
        }
    }

    @Test
    void closingInterruptsAWaitingRoundOnlyWhenAskedTo() throws Exception {
        AtomicBoolean interrupted = new AtomicBoolean();
        CountDownLatch inRound = new CountDownLatch(1);
        WorkerLoop interrupting = new WorkerLoop(
                new WorkerLoop.Shape("test", 1, LONG_TICK, Duration.ofMillis(10), true), (thread, running) -> {
                    inRound.countDown();
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        interrupted.set(true);
                        throw e;
                    }
                });
        interrupting.start();
        assertThat(inRound.await(60, TimeUnit.SECONDS)).isTrue();
        // The round sleeps a minute: close returns before that only because it interrupted the round.
        interrupting.close();
        assertThat(interrupted)
                .as("the sleeping round was interrupted, not waited for")
                .isTrue();

        AtomicBoolean finished = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(1);
        WorkerLoop patient = new WorkerLoop(
                new WorkerLoop.Shape("test", 1, LONG_TICK, Duration.ofMillis(10), false), (thread, running) -> {
                    started.countDown();
                    while (running.getAsBoolean()) {
                        Thread.onSpinWait();
                    }
                    Thread.sleep(200);
                    finished.set(!Thread.currentThread().isInterrupted());
                });
        patient.start();
        assertThat(started.await(60, TimeUnit.SECONDS)).isTrue();
        patient.close();
        assertThat(finished)
                .as("the round saw running turn false and ended on its own, uninterrupted")
                .isTrue();
    }

    private static void waitUntil(BooleanSupplier done) throws InterruptedException {
        // A ceiling for a loaded machine, not a speed requirement.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("within 60 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
