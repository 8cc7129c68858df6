package io.lineengage.bootstrap;

import io.lineengage.application.port.in.job.FollowerBackfillUseCase;
import io.lineengage.application.port.out.StorageUnavailableException;
import io.lineengage.application.port.out.job.JobSignal;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs background jobs: new ones at once, and, every few seconds, any RUNNING job whose runner stopped renewing
 * its lease (a stopped or crashed instance), which it resumes from the job's stored progress.
 */
final class JobWorker implements JobSignal, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JobWorker.class);

    private final FollowerBackfillUseCase backfills;
    private final String runner = "runner-" + UUID.randomUUID();
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    JobWorker(FollowerBackfillUseCase backfills) {
        this.backfills = backfills;
    }

    synchronized void start() {
        if (thread == null) {
            running = true;
            thread = new Thread(this::run, "job-worker");
            thread.setDaemon(true);
            thread.start();
        }
    }

    @Override
    public void jobStarted() {
        if (wake.availablePermits() == 0) {
            wake.release();
        }
    }

    private void run() {
        while (running) {
            try {
                while (running && backfills.runAbandonedJob(runner)) {
                    // one job after another while there are some
                }
                wake.tryAcquire(5, TimeUnit.SECONDS);
                wake.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (StorageUnavailableException e) {
                LOG.warn("jobs wait for the database: {}", e.getMessage());
                sleep();
            } catch (RuntimeException e) {
                LOG.error("a job failed unexpectedly; it will be resumed", e);
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        running = false;
        if (thread != null) {
            wake.release();
            thread.interrupt();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }
}
