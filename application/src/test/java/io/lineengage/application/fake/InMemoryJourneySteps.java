package io.lineengage.application.fake;

import io.lineengage.application.port.out.journey.JourneySteps;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.journey.EntryId;
import io.lineengage.domain.journey.JourneyId;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The steps journey entries ran, in memory. */
public final class InMemoryJourneySteps implements JourneySteps {
    private final Map<String, StepRecord> records = new LinkedHashMap<>();

    @Override
    public synchronized Optional<StepRecord> find(EntryId entryId, int seq) {
        return Optional.ofNullable(records.get(entryId.value() + "#" + seq));
    }

    @Override
    public synchronized List<StepRecord> from(Map<EntryId, Integer> seqs) {
        return records.values().stream()
                .filter(record -> seqs.containsKey(record.entryId()) && record.seq() >= seqs.get(record.entryId()))
                .toList();
    }

    @Override
    public synchronized void save(StepRecord record) {
        records.put(record.entryId().value() + "#" + record.seq(), record);
    }

    @Override
    public synchronized void saveAll(List<StepRecord> batch) {
        batch.forEach(this::save);
    }

    @Override
    public synchronized long pushesSince(JourneyId id, CustomerId customerId, Instant since) {
        return records.values().stream()
                .filter(record -> record.journeyId().equals(id)
                        && record.customerId().equals(customerId)
                        && record.status().equals(StepRecord.SENT)
                        && record.via().filter(StepRecord.PUSH::equals).isPresent()
                        && !record.at().isBefore(since))
                .count();
    }

    @Override
    public synchronized Map<Integer, Map<String, Long>> outcomes(JourneyId id) {
        Map<Integer, Map<String, Long>> outcomes = new HashMap<>();
        for (StepRecord record : records.values()) {
            if (!record.journeyId().equals(id)) {
                continue;
            }
            String outcome = switch (record.status()) {
                case StepRecord.SENT -> "SENT_BY_" + record.via().orElse("");
                case StepRecord.SKIPPED -> "SKIPPED:" + record.reason().orElse("");
                default -> record.status();
            };
            outcomes.computeIfAbsent(record.step(), step -> new HashMap<>()).merge(outcome, 1L, Long::sum);
        }
        return outcomes;
    }

    public synchronized List<StepRecord> all() {
        return List.copyOf(records.values());
    }
}
