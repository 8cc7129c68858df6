package io.lineengage.application.port.out.webhook;

/** Tells whoever processes stored events that there is new work, so it need not wait for its next look. */
public interface EventProcessingSignal {
    void eventsStored();
}
