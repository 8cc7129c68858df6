package io.lineengage.application.fake;

import io.lineengage.application.port.out.journey.Journeys;
import io.lineengage.domain.journey.Journey;
import io.lineengage.domain.journey.JourneyDefinition;
import io.lineengage.domain.journey.JourneyId;
import io.lineengage.domain.journey.JourneyStatus;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Journeys and their versions in memory. */
public final class InMemoryJourneys implements Journeys {
    private final Map<JourneyId, Journey> journeys = new LinkedHashMap<>();
    private final Map<String, JourneyDefinition> versions = new HashMap<>();
    private final Set<String> days = new HashSet<>();

    @Override
    public synchronized void insert(Journey journey) {
        journeys.put(journey.id(), journey);
        versions.putIfAbsent(journey.id().value() + "#" + journey.version(), journey.definition());
    }

    @Override
    public synchronized void save(Journey journey) {
        journeys.computeIfPresent(journey.id(), (id, stored) -> journey);
        versions.putIfAbsent(journey.id().value() + "#" + journey.version(), journey.definition());
    }

    @Override
    public synchronized Optional<Journey> find(OrgId orgId, JourneyId id) {
        return Optional.ofNullable(journeys.get(id))
                .filter(journey -> journey.orgId().equals(orgId));
    }

    @Override
    public synchronized Page<Journey> list(OrgId orgId, PageRequest page) {
        return NewestFirstInMemory.page(
                journeys.values().stream()
                        .filter(journey -> journey.orgId().equals(orgId))
                        .toList(),
                Journey::createdAt,
                journey -> journey.id().value(),
                page);
    }

    @Override
    public synchronized List<Journey> active(OrgId orgId, String triggerKind) {
        return journeys.values().stream()
                .filter(journey -> journey.orgId().equals(orgId)
                        && journey.status() == JourneyStatus.ACTIVE
                        && journey.definition().trigger().kind().equals(triggerKind))
                .toList();
    }

    @Override
    public synchronized List<Journey> activeEverywhere(String triggerKind) {
        return journeys.values().stream()
                .filter(journey -> journey.status() == JourneyStatus.ACTIVE
                        && journey.definition().trigger().kind().equals(triggerKind))
                .toList();
    }

    @Override
    public synchronized boolean claimDay(JourneyId id, LocalDate day) {
        return days.add(id.value() + "#" + day);
    }

    @Override
    public synchronized Optional<JourneyDefinition> version(JourneyId id, int version) {
        return Optional.ofNullable(versions.get(id.value() + "#" + version));
    }
}
