package io.lineengage.application.port.in.webhook;

public interface ProcessLineEventsUseCase {
    /** Processes up to {@code max} stored, unprocessed events; answers how many it processed. */
    int processPending(int max);
}
