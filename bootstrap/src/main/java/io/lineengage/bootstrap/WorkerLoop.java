package io.lineengage.bootstrap;

import io.lineengage.application.port.StorageUnavailableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Background threads that each do a round of work at once when woken and at least every tick (work another instance
 * left, or that came due), until closed. A round that fails is tried again after a pause: the database being away is
 * a warning, anything else an error; the thread never dies of it.
 */
final class WorkerLoop implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WorkerLoop.class);

    /** One round: work while there is some and {@code running} holds. Thread 0 may do more (a leader's chores). */
    interface Round {
        void run(int thread, BooleanSupplier running) throws InterruptedException;
    }

    /**
     * How the loop runs: its threads' name and number, the tick, the pause after a failed round, and whether closing
     * interrupts a round in progress (a sender waiting for a rate limit) or lets it finish its database work.
     */
    record Shape(String name, int threads, Duration tick, Duration pauseAfterFailure, boolean interruptOnClose) {
        Shape {
            if (threads < 1) {
                throw new IllegalArgumentException("a worker loop needs a thread");
            }
        }
    }

    private final Shape shape;
    private final Round round;
    private final Semaphore wake = new Semaphore(0);
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    WorkerLoop(Shape shape, Round round) {
        this.shape = shape;
        this.round = round;
    }

    synchronized void start() {
        if (threads.isEmpty()) {
            running = true;
            for (int i = 0; i < shape.threads(); i++) {
                int index = i;
                Thread thread = new Thread(() -> run(index), shape.name() + "-" + i);
                thread.setDaemon(true);
                thread.start();
                threads.add(thread);
            }
        }
    }

    /** Wakes every thread for a round now; wakes that come while they are busy add at most one round each. */
    void wake() {
        int missing = shape.threads() - wake.availablePermits();
        if (missing > 0) {
            wake.release(missing);
        }
    }

    private void run(int index) {
        while (running) {
            try {
                round.run(index, () -> running);
                wake.tryAcquire(shape.tick().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (StorageUnavailableException e) {
                LOG.warn("{} waits for the database: {}", shape.name(), e.getMessage());
                pause();
            } catch (RuntimeException e) {
                LOG.error("a round of {} failed unexpectedly; it is tried again shortly", shape.name(), e);
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(shape.pauseAfterFailure().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        running = false;
        wake.release(shape.threads());
        for (Thread thread : threads) {
            if (shape.interruptOnClose()) {
                thread.interrupt();
            }
        }
        for (Thread thread : threads) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
    }
}
