package io.lineengage.bootstrap;

import io.lineengage.application.port.in.customer.KeepProfilesUseCase;
import java.time.Duration;

/**
 * Fills in missing LINE profiles in the background: each second, at most the configured number of profile calls
 * (LINE allows 2,000 a second per channel; the default is far below, as this only has to catch up over time).
 */
final class ProfileWorker implements AutoCloseable {
    private final KeepProfilesUseCase keeper;
    private WorkerLoop loop;

    ProfileWorker(KeepProfilesUseCase keeper) {
        this.keeper = keeper;
    }

    /** Starts asking for up to {@code perSecond} profiles a second; 0 leaves profiles to lookups alone. */
    synchronized void start(int perSecond) {
        if (loop == null && perSecond > 0) {
            loop = new WorkerLoop(
                    new WorkerLoop.Shape("profile-worker", 1, Duration.ofSeconds(1), Duration.ofSeconds(5), true),
                    (thread, running) -> keeper.fillGaps(perSecond));
            loop.start();
        }
    }

    @Override
    public synchronized void close() {
        if (loop != null) {
            loop.close();
            loop = null;
        }
    }
}
