package io.lineengage.application.port.out.journey;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.journey.JourneyEntry;
import io.lineengage.domain.journey.JourneyId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Customers inside journeys, claimed when their next step is due. */
public interface JourneyEntries {
    /**
     * Stores the entry unless the customer may not enter again: they have an entry of the journey that is still
     * running, or one begun within {@code againAfter} (ever, when it is empty). Concurrent triggers for one customer
     * store one entry. Answers the entry when it was stored.
     */
    default Optional<JourneyEntry> enter(JourneyEntry entry, Optional<Duration> againAfter) {
        return enter(entry, againAfter, Optional.empty());
    }

    /**
     * As above; with {@code heldUntil}, the entry is stored held by its caller until then (it runs the entry itself
     * as soon as its transaction commits): nobody claims it before the hold ends.
     */
    default Optional<JourneyEntry> enter(
            JourneyEntry entry, Optional<Duration> againAfter, Optional<Instant> heldUntil) {
        return enterAll(List.of(new Entrant(entry, againAfter)), heldUntil).stream()
                .findFirst();
    }

    /**
     * {@link #enter} for several entrants in one round trip (a webhook batch's triggers): of two entrants of one
     * journey and customer only the first can be stored, since its entry is running. Answers the stored entries in
     * the order asked.
     */
    List<JourneyEntry> enterAll(List<Entrant> entrants, Optional<Instant> heldUntil);

    /** An entry a trigger asks for, and how soon its customer may enter the journey again. */
    record Entrant(JourneyEntry entry, Optional<Duration> againAfter) {}

    /** ACTIVE entries due by {@code now} that nobody holds (or whose holder stopped), now held until now + hold. */
    List<JourneyEntry> claimDue(Instant now, Duration hold, int max);

    /** Writes the entry's state and lets go of it. */
    void save(JourneyEntry entry);

    /** As {@link #save}, for several entries in one round trip. */
    void saveAll(List<JourneyEntry> entries);

    /** The ACTIVE entries of this LINE user with this account. */
    List<JourneyEntry> activeOf(LineAccountId accountId, String lineUserId);

    /** Entries per state ("ACTIVE", "DONE", "EXITED:reason"), and ACTIVE ones per step of the given version. */
    Counts counts(JourneyId id, int version);

    record Counts(Map<String, Long> byState, Map<Integer, Long> activeByStep) {
        public Counts {
            byState = Map.copyOf(byState);
            activeByStep = Map.copyOf(activeByStep);
        }
    }
}
