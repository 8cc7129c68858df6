package io.lineengage.application.port.out.journey;

import io.lineengage.domain.journey.Journey;
import io.lineengage.domain.journey.JourneyDefinition;
import io.lineengage.domain.journey.JourneyId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Journeys with every version of their definition. */
public interface Journeys {
    /** Stores a new journey and its first version. */
    void insert(Journey journey);

    /** Stores the journey's state, and its definition as a new version when its version is new. */
    void save(Journey journey);

    Optional<Journey> find(OrgId orgId, JourneyId id);

    Page<Journey> list(OrgId orgId, PageRequest page);

    /** The org's ACTIVE journeys whose trigger is of this kind ("follow", "keyword", "postback"). */
    List<Journey> active(OrgId orgId, String triggerKind);

    /** Every org's ACTIVE journeys whose trigger is of this kind (the dated ones are started by a clock, not an event). */
    List<Journey> activeEverywhere(String triggerKind);

    /** Takes the journey's run for {@code day}: true for the one caller (of every instance) that gets it. */
    boolean claimDay(JourneyId id, LocalDate day);

    /** A version of a journey's definition, as the entries begun on it run. */
    Optional<JourneyDefinition> version(JourneyId id, int version);
}
