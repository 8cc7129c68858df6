package io.lineengage.application.port.out.journey;

import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.journey.EntryId;
import io.lineengage.domain.journey.JourneyId;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The record of every step an entry ran, numbered by the entry's {@code seq}: a send's is written (PENDING, with how
 * it goes and its retry key) before the call, so that after a crash the step is run again the same way, never twice.
 */
public interface JourneySteps {
    Optional<StepRecord> find(EntryId entryId, int seq);

    /**
     * The records of these entries from the given seq on, in one read: a run that stopped may have got further than
     * its entry says.
     */
    List<StepRecord> from(Map<EntryId, Integer> seqs);

    /** Writes the record as it is now (insert or replace). */
    void save(StepRecord record);

    /** As {@link #save}, for several records in one round trip; of two records of one (entry, seq) the last counts. */
    void saveAll(List<StepRecord> records);

    /** How many of the journey's pushes the customer got since {@code since}. */
    long pushesSince(JourneyId id, CustomerId customerId, Instant since);

    /** Per step of the journey: outcomes counted ("SENT_BY_REPLY", "SKIPPED:no_consent", ...). */
    Map<Integer, Map<String, Long>> outcomes(JourneyId id);

    /** One step's run. {@code via}: REPLY or PUSH for sends. */
    record StepRecord(
            EntryId entryId,
            int seq,
            OrgId orgId,
            JourneyId journeyId,
            CustomerId customerId,
            int step,
            String kind,
            Optional<String> via,
            Optional<UUID> retryKey,
            String status,
            Optional<String> reason,
            Optional<String> lineRequestId,
            Instant at) {
        public static final String PENDING = "PENDING";
        public static final String SENT = "SENT";
        public static final String PROBABLY_SENT = "PROBABLY_SENT";
        public static final String FAILED = "FAILED";
        public static final String SKIPPED = "SKIPPED";
        public static final String DONE = "DONE";
        public static final String REPLY = "REPLY";
        public static final String PUSH = "PUSH";

        public StepRecord {
            Objects.requireNonNull(entryId, "entryId");
            Objects.requireNonNull(orgId, "orgId");
            Objects.requireNonNull(journeyId, "journeyId");
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(kind, "kind");
            via = via == null ? Optional.empty() : via;
            retryKey = retryKey == null ? Optional.empty() : retryKey;
            Objects.requireNonNull(status, "status");
            reason = reason == null ? Optional.empty() : reason;
            lineRequestId = lineRequestId == null ? Optional.empty() : lineRequestId;
            Objects.requireNonNull(at, "at");
        }

        public StepRecord settled(String to, Optional<String> why, Optional<String> requestId, Instant now) {
            return new StepRecord(
                    entryId, seq, orgId, journeyId, customerId, step, kind, via, retryKey, to, why, requestId, now);
        }

        public StepRecord by(String how, Optional<UUID> key, Instant now) {
            return new StepRecord(
                    entryId,
                    seq,
                    orgId,
                    journeyId,
                    customerId,
                    step,
                    kind,
                    Optional.of(how),
                    key,
                    PENDING,
                    reason,
                    lineRequestId,
                    now);
        }
    }
}
