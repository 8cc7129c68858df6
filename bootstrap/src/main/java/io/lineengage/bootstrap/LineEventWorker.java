package io.lineengage.bootstrap;

import io.lineengage.application.port.in.webhook.ProcessLineEventsUseCase;
import io.lineengage.application.port.out.StorageUnavailableException;
import io.lineengage.application.port.out.webhook.EventProcessingSignal;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Processes stored webhook events in the background: at once when new ones are stored here, and every second in
 * any case, so that events stored before a restart (or by another instance) are processed too.
 */
final class LineEventWorker implements EventProcessingSignal, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LineEventWorker.class);
    private static final int BATCH = 500;

    private final ProcessLineEventsUseCase process;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    LineEventWorker(ProcessLineEventsUseCase process) {
        this.process = process;
    }

    synchronized void start() {
        if (thread == null) {
            running = true;
            thread = new Thread(this::run, "line-event-worker");
            thread.setDaemon(true);
            thread.start();
        }
    }

    @Override
    public void eventsStored() {
        if (wake.availablePermits() == 0) {
            wake.release();
        }
    }

    private void run() {
        while (running) {
            try {
                wake.tryAcquire(1, TimeUnit.SECONDS);
                wake.drainPermits();
                while (running && process.processPending(BATCH) > 0) {
                    // keep going while there is work
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (StorageUnavailableException e) {
                LOG.warn("cannot process LINE events until the database is back: {}", e.getMessage());
                pause();
            } catch (RuntimeException e) {
                LOG.error("processing LINE events failed; trying again shortly", e);
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        running = false;
        if (thread != null) {
            wake.release();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }
}
