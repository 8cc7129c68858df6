package io.lineengage.application.service.journey;

import io.lineengage.application.port.in.journey.RunJourneysUseCase;
import io.lineengage.application.port.out.customer.CustomerRepository;
import io.lineengage.application.port.out.journey.JourneyEntries;
import io.lineengage.application.port.out.journey.JourneySteps;
import io.lineengage.application.port.out.journey.JourneySteps.StepRecord;
import io.lineengage.application.port.out.journey.Journeys;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.journey.Journey;
import io.lineengage.domain.journey.JourneyDefinition;
import io.lineengage.domain.journey.JourneyEntry;
import io.lineengage.domain.journey.JourneyStatus;
import io.lineengage.domain.journey.Step;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

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
    private static final int ROUND = 50;
    private static final String NEW = "NEW";

    private final Journeys journeys;
    private final JourneyEntries entries;
    private final JourneySteps steps;
    private final JourneySender sender;
    private final JourneyConditions conditions;
    private final CustomerSteps customerSteps;
    private final CustomerRepository customers;
    private final Clock clock;

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
    }

    @Override
    public int runDue() {
        List<JourneyEntry> due = entries.claimDue(clock.instant(), HOLD, ROUND);
        for (JourneyEntry entry : due) {
            entries.save(run(entry));
        }
        return due.size();
    }

    private JourneyEntry run(JourneyEntry entry) {
        Instant now = clock.instant();
        Optional<Journey> journey = journeys.find(entry.orgId(), entry.journeyId());
        Optional<JourneyDefinition> version = journeys.version(entry.journeyId(), entry.version());
        if (journey.isEmpty() || version.isEmpty() || journey.get().status() == JourneyStatus.ARCHIVED) {
            return entry.exited("journey archived", now);
        }
        if (journey.get().status() == JourneyStatus.PAUSED) {
            return entry.dueAgainAt(now.plus(PAUSED_RECHECK), now);
        }
        JourneyDefinition definition = version.get();
        Optional<Customer> found = customers.find(entry.orgId(), entry.customerId());
        if (found.isEmpty()) {
            return entry.exited("customer gone", now);
        }
        Customer customer = found.get();
        for (int ran = 0; entry.state() == JourneyEntry.State.ACTIVE; ran++) {
            Optional<String> leaves = conditions.leaves(entry, definition, customer);
            if (leaves.isPresent()) {
                return entry.exited(leaves.get(), clock.instant());
            }
            if (entry.step() >= definition.steps().size()) {
                return entry.done(clock.instant());
            }
            if (ran >= JourneyEntry.MAX_STEPS_RUN) {
                return entry.exited("ran " + JourneyEntry.MAX_STEPS_RUN + " steps without a wait", clock.instant());
            }
            Step step = definition.steps().get(entry.step());
            JourneyEntry at = entry;
            StepRecord record = steps.find(entry.id(), entry.seq()).orElseGet(() -> fresh(at, step));
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
                    long pushed = steps.pushesSince(
                            entry.journeyId(),
                            entry.customerId(),
                            conditions.since(
                                    entry.orgId(),
                                    definition.frequencyCap().get().within()));
                    if (!definition.frequencyCap().get().allows(pushed)) {
                        steps.save(record.settled(
                                StepRecord.SKIPPED, Optional.of("capped"), Optional.empty(), clock.instant()));
                        entry = entry.ranTo(entry.step() + 1, clock.instant());
                        continue;
                    }
                }
                JourneySender.Sent sent = sender.send(entry, definition, send, customer, record);
                if (sent instanceof JourneySender.Sent.Later later) {
                    return later.entry().dueAgainAt(clock.instant().plus(BUSY_RETRY), clock.instant());
                }
                entry = ((JourneySender.Sent.Settled) sent).entry().ranTo(entry.step() + 1, clock.instant());
            } else if (step instanceof Step.Wait wait) {
                done(record, Optional.empty());
                return entry.waitingUntil(entry.step() + 1, conditions.until(wait, entry.orgId()), clock.instant());
            } else if (step instanceof Step.Branch branch) {
                boolean matches = conditions.matches(entry.orgId(), customer, branch.filter());
                done(record, Optional.of(matches ? "matched" : "not matched"));
                entry = entry.ranTo(
                        matches
                                ? entry.step() + 1
                                : branch.otherwise().orElse(definition.steps().size()),
                        clock.instant());
            } else if (step instanceof Step.Tag tag) {
                customer = customerSteps.tag(customer, tag);
                done(record, Optional.empty());
                entry = entry.ranTo(entry.step() + 1, clock.instant());
            } else if (step instanceof Step.SetAttribute attribute) {
                Optional<Customer> changed = customerSteps.set(customer, attribute);
                if (changed.isPresent()) {
                    customer = changed.get();
                    done(record, Optional.empty());
                } else {
                    steps.save(record.settled(
                            StepRecord.SKIPPED,
                            Optional.of("attribute_type_mismatch"),
                            Optional.empty(),
                            clock.instant()));
                }
                entry = entry.ranTo(entry.step() + 1, clock.instant());
            } else {
                done(record, Optional.empty());
                return entry.done(clock.instant());
            }
        }
        return entry;
    }

    private void done(StepRecord record, Optional<String> note) {
        steps.save(record.settled(StepRecord.DONE, note, Optional.empty(), clock.instant()));
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
