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
    private final int senders;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private final java.util.List<Thread> threads = new java.util.ArrayList<>();

    /** {@code senders} threads make LINE calls side by side: each claims its own batches (SKIP LOCKED). */
    CampaignWorker(javax.inject.Provider<DispatchCampaignsUseCase> dispatch,
                   javax.inject.Provider<CampaignsUseCase> campaigns, int senders) {
        this.dispatch = dispatch;
        this.campaigns = campaigns;
        this.senders = senders;
    }

    synchronized void start() {
        if (threads.isEmpty()) {
            running = true;
            for (int i = 0; i < senders; i++) {
                boolean leader = i == 0;
                Thread thread = new Thread(() -> run(leader), "campaign-worker-" + i);
                thread.setDaemon(true);
                thread.start();
                threads.add(thread);
            }
        }
    }

    @Override
    public void campaignReady() {
        wake.release(senders);
    }

    /** The leader also starts scheduled campaigns and, even when it sent nothing, completes finished ones. */
    private void run(boolean leader) {
        while (running) {
            try {
                if (leader) {
                    campaigns.get().startDue();
                }
                DispatchCampaignsUseCase dispatcher = dispatch.get();
                boolean sent = false;
                while (running && dispatcher.dispatchNext(runner)) {
                    sent = true;
                }
                if (leader || sent) {
                    // Whoever ran out of batches may have sent a campaign's last: it completes now, not on the next tick.
                    dispatcher.completeFinished();
                }
                wake.tryAcquire(leader ? 1 : 2, TimeUnit.SECONDS);
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
        wake.release(senders);
        for (Thread thread : threads) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
    }
}
