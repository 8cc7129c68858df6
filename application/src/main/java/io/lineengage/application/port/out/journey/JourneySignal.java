package io.lineengage.application.port.out.journey;

import io.lineengage.domain.journey.JourneyEntry;
import java.time.Instant;
import java.util.List;

/** Tells whoever runs journey entries that some are due now (a welcome should not wait for the next poll). */
@FunctionalInterface
public interface JourneySignal {
    JourneySignal NONE = () -> {};

    void entriesDue();

    /**
     * Entries just stored and committed, held by this instance until {@code heldUntil}: run them now (a welcome
     * answers with the follow's reply token while it is good). By default they wait for the next claim.
     */
    default void entered(List<JourneyEntry> entries, Instant heldUntil) {
        entriesDue();
    }
}
