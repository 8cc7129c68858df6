package io.lineengage.bootstrap;

import io.lineengage.application.port.in.journey.RunJourneysUseCase;
import io.lineengage.application.port.in.journey.StartDatedJourneysUseCase;
import io.lineengage.application.port.out.journey.JourneySignal;
import java.time.Duration;

/**
 * Runs due journey steps: at once when a trigger entered someone (so a welcome goes while its reply token is good),
 * and every second in any case (waits that ended, entries a stopped instance held, dated journeys whose hour came). Several instances share the
 * work; each entry is claimed by one.
 */
final class JourneyWorker implements JourneySignal, AutoCloseable {
    private final WorkerLoop loop;

    JourneyWorker(StartDatedJourneysUseCase dates, RunJourneysUseCase journeys) {
        this.loop = new WorkerLoop(
                new WorkerLoop.Shape("journey-worker", 2, Duration.ofSeconds(1), Duration.ofSeconds(2), false),
                (thread, running) -> {
                    dates.startDue();
                    while (running.getAsBoolean() && journeys.runDue() > 0) {
                        // round after round while entries are due
                    }
                });
    }

    void start() {
        loop.start();
    }

    @Override
    public void entriesDue() {
        loop.wake();
    }

    @Override
    public void close() {
        loop.close();
    }
}
