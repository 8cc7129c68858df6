package io.lineengage.application.port.out.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.lineengage.application.port.out.StorageFixtures;
import io.lineengage.application.port.out.journey.JourneySteps.StepRecord;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.journey.Journey;
import io.lineengage.domain.journey.JourneyEntry;
import io.lineengage.domain.journey.JourneyReader;
import io.lineengage.domain.journey.JourneyStatus;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contracts of {@link Journeys}, {@link JourneyEntries} and {@link JourneySteps}, which are stored together. */
public abstract class AbstractJourneyStorageTest {
    private static final Instant T0 = Instant.parse("2026-12-02T09:00:00.123456Z");

    protected abstract OrgRepository orgRepository();

    protected abstract Journeys journeys();

    protected abstract JourneyEntries entries();

    protected abstract JourneySteps steps();

    private OrgId org;
    private final LineAccountId account = new LineAccountId("la_" + UUID.randomUUID());

    /** JSON written as pairs: strings are JSON strings, JsonLike values stay as they are. */
    private static JsonLike obj(Object... keysAndValues) {
        Map<String, JsonLike> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put((String) keysAndValues[i], json(keysAndValues[i + 1]));
        }
        return new JsonLike.JObject(fields);
    }

    private static JsonLike arr(Object... items) {
        return new JsonLike.JArray(
                Arrays.stream(items).map(AbstractJourneyStorageTest::json).toList());
    }

    private static JsonLike json(Object value) {
        return value instanceof JsonLike json ? json : new JsonLike.JString((String) value);
    }

    @BeforeEach
    void anOrg() {
        org = StorageFixtures.org(orgRepository());
    }

    private Journey journey(String trigger) {
        Journey journey = Journey.draft(
                org,
                "Welcome",
                JourneyReader.read(
                        obj(
                                "trigger", obj("type", trigger, "keywords", arr("hi"), "data", "x=1"),
                                "steps", arr(obj("type", "wait", "duration", "PT1H"), obj("type", "end"))),
                        ""),
                T0);
        journeys().insert(journey);
        return journey;
    }

    private JourneyEntry entry(Journey journey, CustomerId customer, Instant at) {
        return JourneyEntry.enter(
                journey,
                customer,
                account,
                "U" + UUID.randomUUID().toString().replace("-", ""),
                Optional.of(new JourneyEntry.ReplyToken("token-1", at.plusSeconds(50))),
                at);
    }

    /** The record of a send that is step {@code seq} of the entry (as many steps run as its position here). */
    private StepRecord sendRecord(
            JourneyEntry entry,
            Journey journey,
            int seq,
            Optional<String> via,
            Optional<UUID> retryKey,
            String status,
            Optional<String> reason,
            Instant at) {
        return new StepRecord(
                entry.id(),
                seq,
                org,
                journey.id(),
                entry.customerId(),
                seq,
                "send",
                via,
                retryKey,
                status,
                reason,
                Optional.empty(),
                at);
    }

    @Test
    void aJourneyIsKeptWithEveryVersionAndFoundActiveByItsTrigger() {
        Journey draft = journey("keyword");
        assertThat(journeys().find(org, draft.id())).contains(draft);
        assertThat(journeys().find(StorageFixtures.org(orgRepository()), draft.id()))
                .isEmpty();
        assertThat(journeys().active(org, "keyword")).isEmpty();

        Journey active = draft.moved(JourneyStatus.ACTIVE, T0.plusSeconds(1));
        journeys().save(active);
        Journey edited = active.edited(
                "Welcome 2",
                JourneyReader.read(obj("trigger", obj("type", "follow"), "steps", arr(obj("type", "end"))), ""),
                T0.plusSeconds(2));
        journeys().save(edited);

        assertThat(journeys().active(org, "follow")).containsExactly(edited);
        assertThat(journeys().active(org, "keyword")).isEmpty();
        assertThat(journeys().version(draft.id(), 1)).contains(draft.definition());
        assertThat(journeys().version(draft.id(), 2)).contains(edited.definition());
        assertThat(journeys().list(org, PageRequest.first(10)).items()).containsExactly(edited);
        assertThat(journeys().activeEverywhere("follow")).contains(edited);
        assertThat(journeys().claimDay(draft.id(), LocalDate.of(2026, 12, 2))).isTrue();
        assertThat(journeys().claimDay(draft.id(), LocalDate.of(2026, 12, 2)))
                .as("taken once")
                .isFalse();
        assertThat(journeys().claimDay(draft.id(), LocalDate.of(2026, 12, 3))).isTrue();
    }

    @Test
    void aCustomerEntersOnceOrAgainAfterThePeriodAndNeverTwiceAtATime() {
        Journey journey = journey("follow");
        CustomerId customer = CustomerId.generate();
        JourneyEntry first = entry(journey, customer, T0);

        assertThat(entries().enter(first, Optional.empty())).contains(first);
        assertThat(entries().enter(entry(journey, customer, T0.plusSeconds(5)), Optional.of(Duration.ofSeconds(1))))
                .as("still inside")
                .isEmpty();
        entries().save(first.done(T0.plusSeconds(6)));
        assertThat(entries().enter(entry(journey, customer, T0.plusSeconds(7)), Optional.empty()))
                .as("once per customer")
                .isEmpty();
        assertThat(entries().enter(entry(journey, customer, T0.plusSeconds(7)), Optional.of(Duration.ofSeconds(10))))
                .as("again only after 10 s")
                .isEmpty();
        assertThat(entries().enter(entry(journey, customer, T0.plusSeconds(11)), Optional.of(Duration.ofSeconds(10))))
                .isPresent();
        assertThat(entries().enter(entry(journey, CustomerId.generate(), T0), Optional.empty()))
                .isPresent();
    }

    @Test
    void aBatchOfEntrantsIsEnteredByTheSameRulesAsOneAtATime() {
        Journey journey = journey("follow");
        Journey other = journey("follow");
        CustomerId inside = CustomerId.generate();
        CustomerId twice = CustomerId.generate();
        CustomerId returning = CustomerId.generate();
        JourneyEntry insideEntry =
                entries().enter(entry(journey, inside, T0), Optional.empty()).orElseThrow();
        entries()
                .save(entries()
                        .enter(entry(journey, returning, T0), Optional.empty())
                        .orElseThrow()
                        .done(T0.plusSeconds(1)));
        JourneyEntry twiceFirst = entry(journey, twice, T0.plusSeconds(20));
        JourneyEntry back = entry(journey, returning, T0.plusSeconds(20));
        JourneyEntry noToken = JourneyEntry.enter(
                other,
                inside,
                account,
                "U" + UUID.randomUUID().toString().replace("-", ""),
                Optional.empty(),
                T0.plusSeconds(20));

        List<JourneyEntry> stored = entries()
                .enterAll(
                        List.of(
                                new JourneyEntries.Entrant(twiceFirst, Optional.empty()),
                                new JourneyEntries.Entrant(
                                        entry(journey, inside, T0.plusSeconds(20)), Optional.empty()),
                                new JourneyEntries.Entrant(back, Optional.of(Duration.ofSeconds(10))),
                                new JourneyEntries.Entrant(
                                        entry(journey, twice, T0.plusSeconds(20)), Optional.of(Duration.ZERO)),
                                new JourneyEntries.Entrant(noToken, Optional.empty())),
                        Optional.of(T0.plusSeconds(80)));

        assertThat(stored)
                .as("in the order asked; inside already, and twice only once")
                .containsExactly(twiceFirst, back, noToken);
        entries().save(insideEntry.done(T0.plusSeconds(21)));
        assertThat(entries().claimDue(T0.plusSeconds(79), Duration.ofMinutes(1), 100))
                .as("held by whoever stored them")
                .extracting(JourneyEntry::id)
                .doesNotContainAnyElementsOf(
                        stored.stream().map(JourneyEntry::id).toList());
        List<JourneyEntry> claimed = entries().claimDue(T0.plusSeconds(80), Duration.ofMinutes(1), 100).stream()
                .filter(entry -> entry.orgId().equals(org))
                .toList();
        assertThat(claimed)
                .as("read back as they were stored")
                .extracting(JourneyEntry::id, JourneyEntry::customerId, JourneyEntry::reply)
                .containsExactlyInAnyOrder(stored.stream()
                        .map(entry -> tuple(entry.id(), entry.customerId(), entry.reply()))
                        .toArray(org.assertj.core.groups.Tuple[]::new));
        assertThat(entries().enterAll(List.of(), Optional.empty())).isEmpty();
        // Leave nothing due for the other tests' claims (they share the database).
        entries()
                .saveAll(claimed.stream()
                        .map(entry -> entry.done(T0.plusSeconds(81)))
                        .toList());
    }

    /** A claim as a worker makes it, of which only this journey's entries are looked at (the database is shared). */
    private List<JourneyEntry> ofJourney(Journey journey, Instant now) {
        return entries().claimDue(now, Duration.ofMinutes(1), 1000).stream()
                .filter(claimed -> claimed.journeyId().equals(journey.id()))
                .toList();
    }

    @Test
    void dueEntriesAreClaimedByOneHolderUntilSavedOrTheHoldEnds() {
        Journey journey = journey("follow");
        JourneyEntry entry = entries()
                .enter(entry(journey, CustomerId.generate(), T0), Optional.empty())
                .orElseThrow();

        assertThat(ofJourney(journey, T0.minusSeconds(1))).isEmpty();
        assertThat(ofJourney(journey, T0)).containsExactly(entry);
        assertThat(ofJourney(journey, T0.plusSeconds(30))).as("held").isEmpty();
        assertThat(ofJourney(journey, T0.plusSeconds(61)))
                .as("its holder stopped")
                .containsExactly(entry);

        JourneyEntry waiting = entry.waitingUntil(1, T0.plusSeconds(3600), T0.plusSeconds(62));
        entries().save(waiting);
        assertThat(ofJourney(journey, T0.plusSeconds(63))).isEmpty();
        assertThat(ofJourney(journey, T0.plusSeconds(3600))).singleElement().satisfies(claimed -> {
            assertThat(claimed.step()).isEqualTo(1);
            assertThat(claimed.seq()).isEqualTo(1);
            assertThat(claimed.reply()).as("a wait spends the reply token").isEmpty();
        });
        assertThat(entries().activeOf(account, entry.lineUserId())).hasSize(1);
        entries().save(waiting.exited("unfollowed", T0.plusSeconds(3601)));
        assertThat(entries().activeOf(account, entry.lineUserId())).isEmpty();
        assertThat(entries().counts(journey.id(), 1).byState()).isEqualTo(Map.of("EXITED:unfollowed", 1L));
    }

    @Test
    void aStepRecordIsReplacedAsItGoesAndCountedByOutcome() {
        Journey journey = journey("follow");
        JourneyEntry entry = entries()
                .enter(entry(journey, CustomerId.generate(), T0), Optional.empty())
                .orElseThrow();
        UUID key = UUID.randomUUID();
        StepRecord pending = sendRecord(
                entry,
                journey,
                0,
                Optional.of(StepRecord.PUSH),
                Optional.of(key),
                StepRecord.PENDING,
                Optional.empty(),
                T0);
        steps().save(pending);
        assertThat(steps().find(entry.id(), 0)).contains(pending);

        StepRecord sent = pending.settled(StepRecord.SENT, Optional.empty(), Optional.of("req-1"), T0.plusSeconds(1));
        steps().save(sent);
        assertThat(steps().find(entry.id(), 0)).contains(sent);
        assertThat(steps().find(entry.id(), 1)).isEmpty();
        steps().save(sendRecord(
                entry,
                journey,
                1,
                Optional.empty(),
                Optional.empty(),
                StepRecord.SKIPPED,
                Optional.of("no_consent"),
                T0.plusSeconds(2)));

        assertThat(steps().pushesSince(journey.id(), entry.customerId(), T0)).isEqualTo(1);
        assertThat(steps().pushesSince(journey.id(), entry.customerId(), T0.plusSeconds(2)))
                .isZero();
        assertThat(steps().pushesSince(journey.id(), CustomerId.generate(), T0)).isZero();
        assertThat(steps().outcomes(journey.id()))
                .isEqualTo(Map.of(0, Map.of("SENT_BY_PUSH", 1L), 1, Map.of("SKIPPED:no_consent", 1L)));

        JourneyEntry other = entries()
                .enter(entry(journey, CustomerId.generate(), T0), Optional.empty())
                .orElseThrow();
        assertThat(steps().from(Map.of(entry.id(), 1, other.id(), 0)))
                .as("the records of several entries from their seqs on, in one read")
                .extracting(StepRecord::seq, StepRecord::reason)
                .containsExactly(tuple(1, Optional.of("no_consent")));
        assertThat(steps().from(Map.of(entry.id(), 0))).hasSize(2);
        assertThat(steps().from(Map.of(entry.id(), 2))).isEmpty();
        assertThat(steps().from(Map.of())).isEmpty();
    }

    @Test
    void severalStepRecordsAreWrittenAtOnceTheLastOfOneStepCounting() {
        Journey journey = journey("follow");
        JourneyEntry entry = entries()
                .enter(entry(journey, CustomerId.generate(), T0), Optional.empty())
                .orElseThrow();
        StepRecord replying = sendRecord(
                entry,
                journey,
                0,
                Optional.of(StepRecord.REPLY),
                Optional.empty(),
                StepRecord.PENDING,
                Optional.empty(),
                T0);
        steps().save(replying);
        StepRecord replied =
                replying.settled(StepRecord.SENT, Optional.empty(), Optional.of("req-9"), T0.plusSeconds(1));
        StepRecord pushing = sendRecord(
                        entry,
                        journey,
                        1,
                        Optional.empty(),
                        Optional.empty(),
                        "NEW",
                        Optional.empty(),
                        T0.plusSeconds(1))
                .by(StepRecord.PUSH, Optional.of(UUID.randomUUID()), T0.plusSeconds(2));
        StepRecord pushed = pushing.settled(StepRecord.FAILED, Optional.of("400"), Optional.empty(), T0.plusSeconds(3));

        steps().saveAll(List.of(replied, pushing, pushed));
        steps().saveAll(List.of());

        assertThat(steps().find(entry.id(), 0)).contains(replied);
        assertThat(steps().find(entry.id(), 1)).contains(pushed);
        assertThat(steps().outcomes(journey.id()))
                .isEqualTo(Map.of(0, Map.of("SENT_BY_REPLY", 1L), 1, Map.of("FAILED", 1L)));
    }

    @Test
    void anEntryStoredHeldIsClaimedOnlyWhenItsHoldEnds() {
        Journey journey = journey("follow");
        JourneyEntry held = entries()
                .enter(entry(journey, CustomerId.generate(), T0), Optional.empty(), Optional.of(T0.plusSeconds(60)))
                .orElseThrow();

        assertThat(entries().claimDue(T0.plusSeconds(59), Duration.ofMinutes(1), 100))
                .as("held by whoever stored it")
                .extracting(JourneyEntry::id)
                .doesNotContain(held.id());
        assertThat(entries().claimDue(T0.plusSeconds(60), Duration.ofMinutes(1), 100))
                .as("its holder never ran it")
                .extracting(JourneyEntry::id)
                .contains(held.id());
        assertThat(entries().enter(entry(journey, held.customerId(), T0), Optional.empty(), Optional.empty()))
                .as("held or not, it is the customer's entry")
                .isEmpty();
    }

    @Test
    void severalEntriesAreSavedAndLetGoOfAtOnce() {
        Journey journey = journey("follow");
        JourneyEntry first = entries()
                .enter(entry(journey, CustomerId.generate(), T0), Optional.empty())
                .orElseThrow();
        JourneyEntry second = entries()
                .enter(entry(journey, CustomerId.generate(), T0), Optional.empty())
                .orElseThrow();
        assertThat(entries().claimDue(T0, Duration.ofMinutes(100), 100))
                .filteredOn(claimed -> claimed.journeyId().equals(journey.id()))
                .hasSize(2);

        entries()
                .saveAll(List.of(
                        first.waitingUntil(1, T0.plusSeconds(10), T0.plusSeconds(1)), second.done(T0.plusSeconds(1))));
        entries().saveAll(List.of());

        assertThat(entries().claimDue(T0.plusSeconds(10), Duration.ofMinutes(1), 100))
                .as("let go of, and due again at its wait's end")
                .filteredOn(claimed -> claimed.journeyId().equals(journey.id()))
                .singleElement()
                .satisfies(claimed -> assertThat(claimed.id()).isEqualTo(first.id()));
        assertThat(entries().counts(journey.id(), 1).byState()).containsEntry("DONE", 1L);
    }
}
