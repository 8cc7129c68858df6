package io.lineengage.application.port.in.campaign;

/** The sending side of campaigns, run by workers in every instance. */
public interface DispatchCampaignsUseCase {
    /** Claims one due batch and makes its LINE call; false when there was none. */
    boolean dispatchNext(String runner);

    /** Marks RUNNING campaigns with nothing left to send as COMPLETED (or FAILED when nothing went out). */
    void completeFinished();
}
