package io.lineengage.bootstrap;

import io.lineengage.application.port.in.transactional.FinishQueuedMessagesUseCase;
import java.time.Duration;

/**
 * Finishes queued transactional messages every second: retries that came due, and messages a stopped instance left
 * held. Several instances share the work; each message is claimed by one.
 */
final class MessageWorker implements AutoCloseable {
    private final WorkerLoop loop;

    MessageWorker(FinishQueuedMessagesUseCase queue) {
        this.loop = new WorkerLoop(
                new WorkerLoop.Shape("message-worker", 1, Duration.ofSeconds(1), Duration.ofSeconds(2), false),
                (thread, running) -> {
                    while (running.getAsBoolean() && queue.finishDue() > 0) {
                        // round after round while messages are due
                    }
                });
    }

    void start() {
        loop.start();
    }

    @Override
    public void close() {
        loop.close();
    }
}
