package io.lineengage.bootstrap;

import io.lineengage.application.port.in.job.FollowerBackfillUseCase;
import io.lineengage.application.port.out.job.JobSignal;
import java.time.Duration;
import java.util.UUID;

/**
 * Runs background jobs: new ones at once, and, every few seconds, any RUNNING job whose runner stopped renewing
 * its lease (a stopped or crashed instance), which it resumes from the job's stored progress.
 */
final class JobWorker implements JobSignal, AutoCloseable {
    private final WorkerLoop loop;

    JobWorker(FollowerBackfillUseCase backfills) {
        String runner = "runner-" + UUID.randomUUID();
        this.loop = new WorkerLoop(
                new WorkerLoop.Shape("job-worker", 1, Duration.ofSeconds(5), Duration.ofSeconds(2), true),
                (thread, running) -> {
                    while (running.getAsBoolean() && backfills.runAbandonedJob(runner)) {
                        // one job after another while there are some
                    }
                });
    }

    void start() {
        loop.start();
    }

    @Override
    public void jobStarted() {
        loop.wake();
    }

    @Override
    public void close() {
        loop.close();
    }
}
