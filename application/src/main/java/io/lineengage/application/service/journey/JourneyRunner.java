package io.lineengage.application.service.journey;

import io.lineengage.application.port.in.journey.RunJourneysUseCase;
import io.lineengage.application.port.out.customer.CustomerRepository;
import io.lineengage.application.port.out.journey.JourneyEntries;
import io.lineengage.application.port.out.journey.JourneySteps;
import io.lineengage.application.port.out.journey.JourneySteps.StepRecord;
import io.lineengage.application.port.out.journey.Journeys;
import io.lineengage.application.service.reading.RecentlyRead;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.journey.EntryId;
import io.lineengage.domain.journey.Journey;
import io.lineengage.domain.journey.JourneyDefinition;
import io.lineengage.domain.journey.JourneyEntry;
import io.lineengage.domain.journey.JourneyId;
import io.lineengage.domain.journey.JourneyStatus;
import io.lineengage.domain.journey.Step;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Runs due journey entries, each claimed by one instance (a stopped holder's entries are taken over when its hold
 * ends): whether the customer leaves is asked before every step, then steps run until a wait or the end. Every step
 * is recorded under the entry's step count before it acts, so a step run again after a crash is recognized and a send
 * is never sent twice ({@link JourneySender}).
 */
public final class JourneyRunner implements RunJourneysUseCase {
    static final Duration HOLD = Duration.ofMinutes(1);
    static final Duration BUSY_RETRY = Duration.ofSeconds(5);
    static final Duration PAUSED_RECHECK = Duration.ofMinutes(1);
    private static final int ROUND = 200;
    private static final String NEW = "NEW";

    private final Journeys journeys;
    private final JourneyEntries entries;
    private final JourneySteps steps;
    private final JourneySender sender;
    private final JourneyConditions conditions;
    private final CustomerSteps customerSteps;
    private final CustomerRepository customers;
    private final Clock clock;
    /** A version never changes once written: read once a minute at most, whatever the number of entries on it. */
    private final RecentlyRead<JourneyVersion, Optional<JourneyDefinition>> recentVersions;

    private record JourneyVersion(JourneyId id, int version) {}

    public JourneyRunner(
            Journeys journeys,
            JourneyEntries entries,
            JourneySteps steps,
            JourneySender sender,
            JourneyConditions conditions,
            CustomerSteps customerSteps,
            CustomerRepository customers,
            Clock clock) {
        this.journeys = journeys;
        this.entries = entries;
        this.steps = steps;
        this.sender = sender;
        this.conditions = conditions;
        this.customerSteps = customerSteps;
        this.customers = customers;
        this.clock = clock;
        this.recentVersions = new RecentlyRead<>(Duration.ofMinutes(1), clock);
    }

    @Override
    public int runDue() {
        List<JourneyEntry> due = entries.claimDue(clock.instant(), HOLD, ROUND);
        if (due.isEmpty()) {
            return 0;
        }
        return run(due, round(due, true));
    }

    @Override
    public int runHeld(List<JourneyEntry> held, Instant heldUntil) {
        if (held.isEmpty() || clock.instant().isAfter(heldUntil.minus(HOLD.dividedBy(2)))) {
            return 0; // too late to be sure nobody claims them while they run: the claims take them
        }
        // Held since they were stored: no step of theirs can have run, so there are no records to read.
        return run(held, round(held, false));
    }

    private int run(List<JourneyEntry> due, Round round) {
        List<JourneyEntry> ran = new ArrayList<>(due.size());
        writeRepliesAhead(due, round);
        try {
            for (JourneyEntry entry : due) {
                ran.add(run(entry, round));
            }
        } finally {
            // The records first: an entry saved past a step whose record was lost would not know how it went.
            round.flush(steps);
            entries.saveAll(ran); // those not run stay held, and are taken again when their hold ends
        }
        return due.size();
    }

    /**
     * What a round of entries reads, read once for all of them: their journeys, customers, step records and where
     * their LINE users stand (followed, consents). A customer changed by a step is kept changed for the round's next
     * entries. Records of settled steps are written together when the round ends (or before a frequency cap counts
     * them): a record written before its call is written at once.
     */
    private record Round(
            Map<JourneyId, Optional<Journey>> journeys,
            Map<CustomerId, Customer> customers,
            Map<EntryId, Map<Integer, StepRecord>> records,
            Map<EntryId, JourneyConditions.Standing> standings,
            Map<EntryId, StepRecord> ahead,
            List<StepRecord> settled) {
        Optional<StepRecord> record(JourneyEntry entry) {
            return Optional.ofNullable(
                    records.getOrDefault(entry.id(), Map.of()).get(entry.seq()));
        }

        /** The reply record written ahead for the entry's current step (it was found not leaving then). */
        Optional<StepRecord> writtenAhead(JourneyEntry entry) {
            return Optional.ofNullable(ahead.get(entry.id())).filter(written -> written.seq() == entry.seq());
        }

        void flush(JourneySteps steps) {
            if (!settled.isEmpty()) {
                steps.saveAll(settled);
                settled.clear();
            }
        }
    }

    private Round round(List<JourneyEntry> due, boolean mayHaveRun) {
        Map<CustomerId, Customer> customersById = new HashMap<>();
        due.stream()
                .collect(Collectors.groupingBy(
                        JourneyEntry::orgId, Collectors.mapping(JourneyEntry::customerId, Collectors.toSet())))
                .forEach((org, ids) ->
                        customers.findAll(org, ids).forEach(customer -> customersById.put(customer.id(), customer)));
        Map<EntryId, Integer> seqs = new HashMap<>();
        due.forEach(entry -> seqs.put(entry.id(), entry.seq()));
        Map<EntryId, Map<Integer, StepRecord>> records = new HashMap<>();
        (mayHaveRun ? steps.from(seqs) : List.<StepRecord>of())
                .forEach(record -> records.computeIfAbsent(record.entryId(), id -> new HashMap<>())
                        .put(record.seq(), record));
        return new Round(
                new HashMap<>(), customersById, records, conditions.standings(due), new HashMap<>(), new ArrayList<>());
    }

    /**
     * The records of the round's sends that will answer their event by reply (the step a fresh entry runs first, its
     * token still usable), written in one statement before any call: as each would be written just before its own
     * call. Should this instance stop during the round, the step is known to have been a reply (tried once more with
     * its token, never pushed on top); a step that goes another way after all overwrites its record.
     */
    private void writeRepliesAhead(List<JourneyEntry> due, Round round) {
        Instant now = clock.instant();
        List<StepRecord> ahead = new ArrayList<>();
        for (JourneyEntry entry : due) {
            Optional<JourneyDefinition> version = runnable(entry, round);
            Customer customer = round.customers().get(entry.customerId());
            if (version.isEmpty()
                    || customer == null
                    || round.record(entry).isPresent()
                    || entry.reply().filter(reply -> reply.usableAt(now)).isEmpty()
                    || entry.step() >= version.get().steps().size()
                    || !(version.get().steps().get(entry.step()) instanceof Step.Send send)
                    || conditions
                            .leaves(
                                    entry,
                                    version.get(),
                                    customer,
                                    round.standings().get(entry.id()))
                            .isPresent()) {
                continue;
            }
            StepRecord replying = fresh(entry, send).by(StepRecord.REPLY, Optional.empty(), now);
            ahead.add(replying);
            round.ahead().put(entry.id(), replying);
        }
        steps.saveAll(ahead);
    }

    /** The version the entry runs on, when its journey is active (not paused, archived or gone). */
    private Optional<JourneyDefinition> runnable(JourneyEntry entry, Round round) {
        Optional<Journey> journey =
                round.journeys().computeIfAbsent(entry.journeyId(), id -> journeys.find(entry.orgId(), id));
        if (journey.isEmpty() || journey.get().status() != JourneyStatus.ACTIVE) {
            return Optional.empty();
        }
        return version(entry);
    }

    private Optional<JourneyDefinition> version(JourneyEntry entry) {
        return recentVersions.get(
                new JourneyVersion(entry.journeyId(), entry.version()),
                key -> journeys.version(key.id(), key.version()));
    }

    private JourneyEntry run(JourneyEntry claimed, Round round) {
        JourneyEntry entry = claimed;
        Instant now = clock.instant();
        Optional<Journey> journey =
                round.journeys().computeIfAbsent(claimed.journeyId(), id -> journeys.find(claimed.orgId(), id));
        Optional<JourneyDefinition> version = version(entry);
        if (journey.isEmpty() || version.isEmpty() || journey.get().status() == JourneyStatus.ARCHIVED) {
            return entry.exited("journey archived", now);
        }
        if (journey.get().status() == JourneyStatus.PAUSED) {
            return entry.dueAgainAt(now.plus(PAUSED_RECHECK), now);
        }
        JourneyDefinition definition = version.get();
        Customer customer = round.customers().get(entry.customerId());
        if (customer == null) {
            return entry.exited("customer gone", now);
        }
        for (int ran = 0; entry.state() == JourneyEntry.State.ACTIVE; ran++) {
            if (entry.step() >= definition.steps().size()) {
                return entry.done(clock.instant()); // nothing left to leave
            }
            // Asked already for a step whose reply was written ahead, with the round's same standing.
            Optional<String> leaves = round.writtenAhead(entry).isPresent()
                    ? Optional.empty()
                    : conditions.leaves(
                            entry, definition, customer, round.standings().get(entry.id()));
            if (leaves.isPresent()) {
                return entry.exited(leaves.get(), clock.instant());
            }
            if (ran >= JourneyEntry.MAX_STEPS_RUN) {
                return entry.exited("ran " + JourneyEntry.MAX_STEPS_RUN + " steps without a wait", clock.instant());
            }
            Step step = definition.steps().get(entry.step());
            JourneyEntry at = entry;
            StepRecord record = round.record(entry).orElseGet(() -> fresh(at, step));
            boolean settled = !record.status().equals(StepRecord.PENDING)
                    && !record.status().equals(NEW);
            if (settled && !(step instanceof Step.Wait)) {
                // Ran before its holder stopped: go on from where it got to.
                entry = entry.ranTo(next(entry, definition, step, record), clock.instant());
                continue;
            }
            if (step instanceof Step.Send send) {
                Instant allowed = conditions.pushAllowedFrom(entry, definition);
                if (allowed.isAfter(clock.instant())) {
                    return entry.dueAgainAt(allowed, clock.instant()); // quiet hours: the push waits for their end
                }
                if (definition.frequencyCap().isPresent()
                        && conditions.pushes(entry)
                        && record.via().isEmpty()) {
                    round.flush(steps); // the round's pushes so far count
                    long pushed = steps.pushesSince(
                            entry.journeyId(),
                            entry.customerId(),
                            conditions.since(
                                    entry.orgId(),
                                    definition.frequencyCap().get().within()));
                    if (!definition.frequencyCap().get().allows(pushed)) {
                        round.settled()
                                .add(record.settled(
                                        StepRecord.SKIPPED, Optional.of("capped"), Optional.empty(), clock.instant()));
                        entry = entry.ranTo(entry.step() + 1, clock.instant());
                        continue;
                    }
                }
                Optional<StepRecord> ahead =
                        round.writtenAhead(entry).filter(written -> record.via().isEmpty());
                JourneySender.Sent sent = sender.send(entry, definition, send, customer, record, ahead);
                if (sent instanceof JourneySender.Sent.Later later) {
                    return later.entry().dueAgainAt(clock.instant().plus(BUSY_RETRY), clock.instant());
                }
                JourneySender.Sent.Settled went = (JourneySender.Sent.Settled) sent;
                round.settled().add(went.record());
                entry = went.entry().ranTo(entry.step() + 1, clock.instant());
            } else if (step instanceof Step.Wait wait) {
                done(round, record, Optional.empty());
                return entry.waitingUntil(entry.step() + 1, conditions.until(wait, entry.orgId()), clock.instant());
            } else if (step instanceof Step.Branch branch) {
                boolean matches = conditions.matches(entry.orgId(), customer, branch.filter());
                done(round, record, Optional.of(matches ? "matched" : "not matched"));
                entry = entry.ranTo(
                        matches
                                ? entry.step() + 1
                                : branch.otherwise().orElse(definition.steps().size()),
                        clock.instant());
            } else if (step instanceof Step.Tag tag) {
                customer = customerSteps.tag(customer, tag);
                round.customers().put(customer.id(), customer);
                done(round, record, Optional.empty());
                entry = entry.ranTo(entry.step() + 1, clock.instant());
            } else if (step instanceof Step.SetAttribute attribute) {
                Optional<Customer> changed = customerSteps.set(customer, attribute);
                if (changed.isPresent()) {
                    customer = changed.get();
                    round.customers().put(customer.id(), customer);
                    done(round, record, Optional.empty());
                } else {
                    round.settled()
                            .add(record.settled(
                                    StepRecord.SKIPPED,
                                    Optional.of("attribute_type_mismatch"),
                                    Optional.empty(),
                                    clock.instant()));
                }
                entry = entry.ranTo(entry.step() + 1, clock.instant());
            } else {
                done(round, record, Optional.empty());
                return entry.done(clock.instant());
            }
        }
        return entry;
    }

    private void done(Round round, StepRecord record, Optional<String> note) {
        round.settled().add(record.settled(StepRecord.DONE, note, Optional.empty(), clock.instant()));
    }

    /** Where an entry goes after a step recorded before (a branch's record says which way it went). */
    private static int next(JourneyEntry entry, JourneyDefinition definition, Step step, StepRecord record) {
        if (step instanceof Step.Branch branch
                && record.reason().filter("not matched"::equals).isPresent()) {
            return branch.otherwise().orElse(definition.steps().size());
        }
        if (step instanceof Step.End) {
            return definition.steps().size();
        }
        return entry.step() + 1;
    }

    private StepRecord fresh(JourneyEntry entry, Step step) {
        return new StepRecord(
                entry.id(),
                entry.seq(),
                entry.orgId(),
                entry.journeyId(),
                entry.customerId(),
                entry.step(),
                JourneyService.kind(step),
                Optional.empty(),
                Optional.empty(),
                NEW,
                Optional.empty(),
                Optional.empty(),
                clock.instant());
    }
}
