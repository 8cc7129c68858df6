package io.lineengage.bootstrap;

import io.lineengage.application.port.in.webhook.ProcessLineEventsUseCase;
import io.lineengage.application.port.out.webhook.EventProcessingSignal;
import java.time.Duration;

/**
 * Processes stored webhook events in the background: at once when new ones are stored here, and every second in
 * any case, so that events stored before a restart (or by another instance) are processed too. Closing lets a batch
 * in progress finish rather than interrupting its transaction.
 */
final class LineEventWorker implements EventProcessingSignal, AutoCloseable {
    static final int BATCH = 500;
    /**
     * A batch costs about as many statements at 20 events as at 200, so after a batch smaller than this the worker
     * lets more events arrive before it claims again: at 1,000 follows/s this took the machine's CPU per follow down
     * by about 30 % (benchmarks/RESULTS.md), for a few tens of milliseconds more before each event is processed. A
     * lone event is processed at once; only the claim after it waits.
     */
    static final int FULL_ENOUGH = 250;

    static final Duration LINGER = Duration.ofMillis(50);

    private final WorkerLoop loop;

    LineEventWorker(ProcessLineEventsUseCase process) {
        this(process, LINGER);
    }

    LineEventWorker(ProcessLineEventsUseCase process, Duration linger) {
        this.loop = new WorkerLoop(
                new WorkerLoop.Shape("line-event-worker", 1, Duration.ofSeconds(1), Duration.ofSeconds(1), false),
                (thread, running) -> {
                    int processed;
                    while (running.getAsBoolean() && (processed = process.processPending(BATCH)) > 0) {
                        if (processed < FULL_ENOUGH) {
                            Thread.sleep(linger.toMillis());
                        }
                    }
                });
    }

    void start() {
        loop.start();
    }

    @Override
    public void eventsStored() {
        loop.wake();
    }

    @Override
    public void close() {
        loop.close();
    }
}
