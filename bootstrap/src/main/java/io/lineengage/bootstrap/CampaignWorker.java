package io.lineengage.bootstrap;

import io.lineengage.application.port.in.campaign.DispatchCampaignsUseCase;
import io.lineengage.application.port.in.campaign.FreezeAudiencesUseCase;
import io.lineengage.application.port.in.campaign.StartScheduledCampaignsUseCase;
import io.lineengage.application.port.out.campaign.CampaignSignal;
import java.time.Duration;
import java.util.UUID;
import javax.inject.Provider;

/**
 * Sends campaign batches: each sender thread claims due batches group after group while there are some, then waits
 * for a launch or a resume, or a second (scheduled times, batches due for a retry, or left by a stopped instance).
 * Thread 0 also starts scheduled campaigns whose time has come and, even when it sent nothing, completes finished
 * campaigns; a sender that ran out of batches completes them too, so a campaign completes as its last batch is sent.
 */
final class CampaignWorker implements CampaignSignal, AutoCloseable {
    private final WorkerLoop loop;
    /** One thread freezes launched audiences past their first window, beside the senders that send what it froze. */
    private final WorkerLoop freezer;

    /** {@code senders} threads make LINE calls side by side: each claims its own batches (SKIP LOCKED). */
    CampaignWorker(
            Provider<DispatchCampaignsUseCase> dispatch,
            Provider<StartScheduledCampaignsUseCase> campaigns,
            Provider<FreezeAudiencesUseCase> freezes,
            int senders) {
        String runner = "campaigns-" + UUID.randomUUID();
        this.freezer = new WorkerLoop(
                new WorkerLoop.Shape("campaign-freezer", 1, Duration.ofSeconds(1), Duration.ofSeconds(2), true),
                (thread, running) -> {
                    FreezeAudiencesUseCase freeze = freezes.get();
                    while (running.getAsBoolean() && freeze.freezeNext(runner, running)) {
                        // each claimed freeze runs to its end, a pause, or the worker's close
                    }
                });
        this.loop = new WorkerLoop(
                new WorkerLoop.Shape("campaign-worker", senders, Duration.ofSeconds(1), Duration.ofSeconds(2), true),
                (thread, running) -> {
                    boolean leader = thread == 0;
                    if (leader) {
                        campaigns.get().startDue();
                    }
                    DispatchCampaignsUseCase dispatcher = dispatch.get();
                    boolean sent = false;
                    while (running.getAsBoolean() && dispatcher.dispatchNext(runner)) {
                        sent = true;
                    }
                    if (leader || sent) {
                        dispatcher.completeFinished();
                    }
                });
    }

    void start() {
        loop.start();
        freezer.start();
    }

    @Override
    public void campaignReady() {
        loop.wake();
        freezer.wake();
    }

    @Override
    public void close() {
        freezer.close();
        loop.close();
    }
}
