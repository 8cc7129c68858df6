package io.lineengage.application.service.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.application.fake.InMemoryJourneyEntries;
import io.lineengage.application.fake.InMemoryJourneys;
import io.lineengage.application.fake.InMemoryTransactionalMessages;
import io.lineengage.application.fake.Shop;
import io.lineengage.application.port.out.journey.JourneySignal;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.gateway.PriorityClass;
import io.lineengage.domain.journey.Journey;
import io.lineengage.domain.journey.JourneyEntry;
import io.lineengage.domain.journey.JourneyReader;
import io.lineengage.domain.journey.JourneyStatus;
import io.lineengage.domain.webhook.EventEnvelope;
import io.lineengage.domain.webhook.EventMode;
import io.lineengage.domain.webhook.LineEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Entries a webhook batch starts are handed to the runner only once the batch's transaction committed. */
class JourneyTriggersTest {
    private final Shop shop = new Shop();
    private final Shop.Channel tokyo = shop.channel(100, PriorityClass.TRANSACTIONAL);
    private final InMemoryJourneys journeys = new InMemoryJourneys();
    private final InMemoryJourneyEntries entries = new InMemoryJourneyEntries();
    private final List<List<JourneyEntry>> handedOver = new ArrayList<>();
    private final List<Instant> holds = new ArrayList<>();
    private final JourneySignal signal = new JourneySignal() {
        @Override
        public void entriesDue() {
            throw new AssertionError("entries a webhook started are run by this instance, not left to claims");
        }

        @Override
        public void entered(List<JourneyEntry> fresh, Instant heldUntil) {
            handedOver.add(fresh);
            holds.add(heldUntil);
        }
    };
    private final JourneyTriggers triggers = new JourneyTriggers(
            journeys,
            entries,
            shop.identities,
            new JourneyReach(shop.identities, shop.accounts, shop.subscriptions),
            signal,
            new LinkOrigins(shop.campaigns, new InMemoryTransactionalMessages()));

    private void welcomeJourney() {
        journeys.insert(Journey.draft(
                        shop.org,
                        "Welcome",
                        JourneyReader.read(
                                TinyJson.read("{\"trigger\":{\"type\":\"follow\"},\"steps\":[{\"type\":\"send\","
                                        + "\"templateId\":\""
                                        + shop.template.id().value() + "\"}]}"),
                                ""),
                        shop.clock.instant())
                .moved(JourneyStatus.ACTIVE, shop.clock.instant()));
    }

    private void followed(Customer customer) {
        triggers.processed(
                shop.org,
                tokyo.account().id(),
                "Brand",
                List.of(new LineEvent.Follow(
                        new EventEnvelope(
                                UUID.randomUUID().toString(),
                                "follow",
                                EventMode.ACTIVE,
                                shop.clock.instant(),
                                Optional.of(shop.lineUserOf(customer)),
                                false,
                                "{}",
                                Optional.of("reply-token")),
                        false)),
                shop.clock.instant());
    }

    @Test
    void entriesStartedInATransactionAreHandedOverHeldOnceItCommits() {
        welcomeJourney();
        Customer hana = shop.follower(tokyo);
        Customer ken = shop.follower(tokyo);

        followed(hana);
        followed(ken);
        assertThat(handedOver).as("not before the commit").isEmpty();
        triggers.committed();

        assertThat(handedOver)
                .singleElement()
                .satisfies(fresh ->
                        assertThat(fresh).extracting(JourneyEntry::customerId).containsExactly(hana.id(), ken.id()));
        assertThat(holds).containsExactly(shop.clock.instant().plus(JourneyRunner.HOLD));
        assertThat(entries.claimDue(shop.clock.instant(), JourneyRunner.HOLD, 10))
                .as("held for this instance")
                .isEmpty();
        triggers.committed();
        assertThat(handedOver).as("each entry handed over once").hasSize(1);
    }

    @Test
    void entriesOfATransactionThatRolledBackAreForgotten() {
        welcomeJourney();
        followed(shop.follower(tokyo));

        triggers.discarded();
        triggers.committed();

        assertThat(handedOver).isEmpty();
    }
}
