package io.lineengage.application.port.out.campaign;

/** Tells this instance's campaign workers that there is something to send now (a launch, a resume). */
public interface CampaignSignal {
    void campaignReady();
}
