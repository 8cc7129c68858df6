package io.lineengage.domain.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.domain.subscription.StatusEvidence.Source;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever order LINE delivers follows and unfollows in, and however often, the newest event decides. */
class SubscriptionOrderProperties {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Provide
    Arbitrary<List<StatusEvidence>> histories() {
        Arbitrary<StatusEvidence> evidence = Combinators.combine(
                        Arbitraries.of(SubscriptionStatus.FOLLOWING, SubscriptionStatus.BLOCKED),
                        // few distinct times, so that ties (broken by event ID) are common
                        Arbitraries.longs().between(0, 20),
                        Arbitraries.strings().withCharRange('A', 'F').ofLength(4))
                .as((status, millis, id) -> new StatusEvidence(status, T0.plusMillis(millis), id, Source.WEBHOOK));
        return evidence.list()
                .ofMinSize(1)
                .ofMaxSize(30)
                // one event ID is one event: it cannot say two things
                .filter(list ->
                        list.stream().map(StatusEvidence::eventId).distinct().count()
                                == list.stream()
                                        .map(e -> e.eventId() + e.status() + e.occurredAt())
                                        .distinct()
                                        .count());
    }

    private static Subscription replay(List<StatusEvidence> deliveries) {
        Subscription subscription = Subscription.UNKNOWN;
        for (StatusEvidence evidence : deliveries) {
            subscription = subscription.apply(evidence).after();
        }
        return subscription;
    }

    @Property(tries = 500)
    void anyPermutationWithDuplicatesEndsInTheNewestEventsState(
            @ForAll("histories") List<StatusEvidence> events, @ForAll long seed) {
        Random random = new Random(seed);
        List<StatusEvidence> deliveries = new ArrayList<>(events);
        // LINE redelivers: some events arrive more than once
        for (StatusEvidence event : events) {
            if (random.nextInt(3) == 0) {
                deliveries.add(event);
            }
        }
        Collections.shuffle(deliveries, random);

        StatusEvidence newest = Collections.max(events);
        Subscription end = replay(deliveries);
        assertThat(end.status()).isEqualTo(newest.status());
        assertThat(end.setBy()).contains(newest);
        assertThat(end)
                .isEqualTo(replay(new ArrayList<>(events).stream().sorted().toList()));
    }
}
