package io.lineengage.bootstrap;

import dagger.Lazy;
import io.lineengage.application.port.in.journey.RunJourneysUseCase;
import io.lineengage.application.port.in.journey.StartDatedJourneysUseCase;
import io.lineengage.application.port.out.journey.JourneySignal;
import io.lineengage.domain.journey.JourneyEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Runs journey entries: those this instance just entered (held for it since they were stored) at once, in the
 * order they came; then whatever else is due, claimed (waits that ended, entries a stopped instance held, dated
 * journeys whose hour came), every second in any case. Several instances share the claimed work; each entry is run
 * by one.
 */
final class JourneyWorker implements JourneySignal, AutoCloseable {
    /**
     * Just-entered entries run in rounds of this many: a round costs about as many statements at 20 entries as at
     * 100, and a webhook batch (up to a few hundred events under load) then makes one or two rounds, not many.
     */
    private static final int HELD_ROUND = 100;

    private record Held(List<JourneyEntry> entries, Instant until) {}

    private final ConcurrentLinkedQueue<Held> held = new ConcurrentLinkedQueue<>();
    private final WorkerLoop loop;

    /** Lazy: the runner reaches this worker through its signal, so the two are made in turn. */
    JourneyWorker(Lazy<StartDatedJourneysUseCase> dates, Lazy<RunJourneysUseCase> journeys) {
        this.loop = new WorkerLoop(
                new WorkerLoop.Shape("journey-worker", 2, Duration.ofSeconds(1), Duration.ofSeconds(2), false),
                (thread, running) -> {
                    for (Held next = held.poll(); next != null && running.getAsBoolean(); next = held.poll()) {
                        journeys.get().runHeld(next.entries(), next.until());
                    }
                    dates.get().startDue();
                    while (running.getAsBoolean()
                            && held.isEmpty()
                            && journeys.get().runDue() > 0) {
                        // round after round while entries are due and none just entered waits
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
    public void entered(List<JourneyEntry> entries, Instant heldUntil) {
        for (int from = 0; from < entries.size(); from += HELD_ROUND) {
            held.add(new Held(
                    List.copyOf(entries.subList(from, Math.min(entries.size(), from + HELD_ROUND))), heldUntil));
        }
        loop.wake();
    }

    @Override
    public void close() {
        loop.close();
    }
}
