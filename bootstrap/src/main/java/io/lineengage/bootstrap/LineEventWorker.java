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
    private static final int BATCH = 500;

    private final WorkerLoop loop;

    LineEventWorker(ProcessLineEventsUseCase process) {
        this.loop = new WorkerLoop(
                new WorkerLoop.Shape("line-event-worker", 1, Duration.ofSeconds(1), Duration.ofSeconds(1), false),
                (thread, running) -> {
                    while (running.getAsBoolean() && process.processPending(BATCH) > 0) {
                        // keep going while there is work
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
