package io.lineengage.application.port.in.journey;

import io.lineengage.domain.journey.JourneyEntry;
import java.time.Instant;
import java.util.List;

/** Runs the journey entries whose next step is due, each by one instance. */
public interface RunJourneysUseCase {
    /** Runs what is due now; answers how many entries it took. */
    int runDue();

    /**
     * Runs entries this instance stored held until {@code heldUntil} (just entered): no claim needed. Entries whose
     * hold is about to end are left for the claims that follow it. Answers how many it ran.
     */
    int runHeld(List<JourneyEntry> entries, Instant heldUntil);
}
