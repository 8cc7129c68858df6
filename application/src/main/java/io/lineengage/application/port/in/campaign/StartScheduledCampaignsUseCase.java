package io.lineengage.application.port.in.campaign;

/** Freezes and starts the SCHEDULED campaigns whose time has come (the workers call it). */
public interface StartScheduledCampaignsUseCase {
    void startDue();
}
