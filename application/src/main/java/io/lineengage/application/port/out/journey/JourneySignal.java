package io.lineengage.application.port.out.journey;

/** Tells whoever runs journey entries that some are due now (a welcome should not wait for the next poll). */
@FunctionalInterface
public interface JourneySignal {
    JourneySignal NONE = () -> {};

    void entriesDue();
}
