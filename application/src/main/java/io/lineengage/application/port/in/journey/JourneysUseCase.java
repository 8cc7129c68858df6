package io.lineengage.application.port.in.journey;

import io.lineengage.domain.journey.Journey;
import io.lineengage.domain.journey.JourneyId;
import io.lineengage.domain.journey.JourneyStatus;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Journeys: written as JSON (see JourneyReader), drafted, activated, paused, archived, and counted. */
public interface JourneysUseCase {
    Journey create(OrgId orgId, String name, JsonLike definition);

    Journey get(OrgId orgId, JourneyId id);

    Page<Journey> list(OrgId orgId, PageRequest page);

    /** A new version when the definition changes; entries already inside finish on theirs. */
    Journey update(OrgId orgId, JourneyId id, Optional<String> name, Optional<JsonLike> definition);

    Journey move(OrgId orgId, JourneyId id, JourneyStatus to);

    JourneyStats stats(OrgId orgId, JourneyId id);

    /** Who entered, where the entries are now, and what each step did. */
    record JourneyStats(long entered, long active, long done, Map<String, Long> exited, List<StepStats> steps) {
        public JourneyStats {
            exited = Map.copyOf(exited);
            steps = List.copyOf(steps);
        }
    }

    /**
     * One step (of the current version's numbering): entries at it now, and what its runs came to; {@code outcomes}
     * counts SENT_BY_REPLY, SENT_BY_PUSH, PROBABLY_SENT, FAILED, DONE (non-sending steps) and SKIPPED:reason.
     */
    record StepStats(int step, String kind, long here, Map<String, Long> outcomes) {
        public StepStats {
            outcomes = Map.copyOf(outcomes);
        }
    }
}
