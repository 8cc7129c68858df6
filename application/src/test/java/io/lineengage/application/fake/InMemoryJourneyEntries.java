package io.lineengage.application.fake;

import io.lineengage.application.port.out.journey.JourneyEntries;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.journey.EntryId;
import io.lineengage.domain.journey.JourneyEntry;
import io.lineengage.domain.journey.JourneyId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Journey entries in memory; a claim holds an entry until its hold ends or it is saved. */
public final class InMemoryJourneyEntries implements JourneyEntries {
    private final Map<EntryId, JourneyEntry> entries = new LinkedHashMap<>();
    private final Map<EntryId, Instant> heldUntil = new HashMap<>();

    @Override
    public synchronized List<JourneyEntry> enterAll(List<Entrant> entrants, Optional<Instant> held) {
        List<JourneyEntry> stored = new ArrayList<>();
        for (Entrant entrant : entrants) {
            enterOne(entrant.entry(), entrant.againAfter(), held).ifPresent(stored::add);
        }
        return stored;
    }

    private Optional<JourneyEntry> enterOne(JourneyEntry entry, Optional<Duration> againAfter, Optional<Instant> held) {
        boolean blocked = entries.values().stream()
                .anyMatch(other -> other.journeyId().equals(entry.journeyId())
                        && other.customerId().equals(entry.customerId())
                        && (other.state() == JourneyEntry.State.ACTIVE
                                || againAfter.isEmpty()
                                || other.createdAt().isAfter(entry.createdAt().minus(againAfter.get()))));
        if (blocked) {
            return Optional.empty();
        }
        entries.put(entry.id(), entry);
        held.ifPresent(until -> heldUntil.put(entry.id(), until));
        return Optional.of(entry);
    }

    @Override
    public synchronized List<JourneyEntry> claimDue(Instant now, Duration hold, int max) {
        List<JourneyEntry> due = entries.values().stream()
                .filter(entry -> entry.state() == JourneyEntry.State.ACTIVE
                        && entry.dueAt().map(at -> !at.isAfter(now)).orElse(false)
                        && Optional.ofNullable(heldUntil.get(entry.id()))
                                .map(until -> !until.isAfter(now))
                                .orElse(true))
                .sorted(Comparator.comparing(entry -> entry.dueAt().orElseThrow()))
                .limit(max)
                .toList();
        due.forEach(entry -> heldUntil.put(entry.id(), now.plus(hold)));
        return new ArrayList<>(due);
    }

    @Override
    public synchronized void save(JourneyEntry entry) {
        entries.put(entry.id(), entry);
        heldUntil.remove(entry.id());
    }

    @Override
    public synchronized void saveAll(List<JourneyEntry> all) {
        all.forEach(this::save);
    }

    @Override
    public synchronized List<JourneyEntry> activeOf(LineAccountId accountId, String lineUserId) {
        return entries.values().stream()
                .filter(entry -> entry.state() == JourneyEntry.State.ACTIVE
                        && entry.accountId().equals(accountId)
                        && entry.lineUserId().equals(lineUserId))
                .toList();
    }

    @Override
    public synchronized Counts counts(JourneyId id, int version) {
        Map<String, Long> byState = new HashMap<>();
        Map<Integer, Long> byStep = new HashMap<>();
        for (JourneyEntry entry : entries.values()) {
            if (!entry.journeyId().equals(id)) {
                continue;
            }
            String state = entry.state() == JourneyEntry.State.EXITED
                    ? "EXITED:" + entry.reason().orElse("")
                    : entry.state().name();
            byState.merge(state, 1L, Long::sum);
            if (entry.state() == JourneyEntry.State.ACTIVE && entry.version() == version) {
                byStep.merge(entry.step(), 1L, Long::sum);
            }
        }
        return new Counts(byState, byStep);
    }

    /** Every entry as stored now, for tests to look at. */
    public synchronized List<JourneyEntry> all() {
        return List.copyOf(entries.values());
    }
}
