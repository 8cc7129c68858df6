package io.lineengage.bootstrap;

import io.lineengage.application.port.in.campaign.CampaignsUseCase;
import io.lineengage.application.port.in.campaign.DispatchCampaignsUseCase;
import io.lineengage.application.port.out.StorageUnavailableException;
import io.lineengage.application.port.out.campaign.CampaignSignal;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends campaign batches: starts scheduled campaigns whose time has come, claims due batches one after another while
 * there are some, completes finished campaigns, then waits for a launch or a resume, or a second (scheduled times,
 * batches due for a retry, or left by a stopped instance).
 */
final class CampaignWorker implements CampaignSignal, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CampaignWorker.class);

    private final javax.inject.Provider<DispatchCampaignsUseCase> dispatch;
    private final javax.inject.Provider<CampaignsUseCase> campaigns;
    private final String runner = "campaigns-" + UUID.randomUUID();
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    CampaignWorker(javax.inject.Provider<DispatchCampaignsUseCase> dispatch,
                   javax.inject.Provider<CampaignsUseCase> campaigns) {
        this.dispatch = dispatch;
        this.campaigns = campaigns;
    }

    synchronized void start() {
        if (thread == null) {
            running = true;
            thread = new Thread(this::run, "campaign-worker");
            thread.setDaemon(true);
            thread.start();
        }
    }

    @Override
    public void campaignReady() {
        if (wake.availablePermits() == 0) {
            wake.release();
        }
    }

    private void run() {
        while (running) {
            try {
                campaigns.get().startDue();
                DispatchCampaignsUseCase dispatcher = dispatch.get();
                while (running && dispatcher.dispatchNext(runner)) {
                    // one batch after another while some are due
                }
                dispatcher.completeFinished();
                wake.tryAcquire(1, TimeUnit.SECONDS);
                wake.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (StorageUnavailableException e) {
                LOG.warn("campaigns wait for the database: {}", e.getMessage());
                pause();
            } catch (RuntimeException e) {
                LOG.error("a campaign batch failed unexpectedly; its lease will run out and it is tried again", e);
                pause();
            }
        }
    }

    private static void pause() {
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
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }
}
