package io.lineengage.application.service.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.application.fake.InMemoryJourneyEntries;
import io.lineengage.application.fake.InMemoryJourneys;
import io.lineengage.application.fake.Shop;
import io.lineengage.application.port.out.journey.JourneySignal;
import io.lineengage.domain.customer.AttributeValue;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.gateway.PriorityClass;
import io.lineengage.domain.journey.Journey;
import io.lineengage.domain.journey.JourneyEntry;
import io.lineengage.domain.journey.JourneyReader;
import io.lineengage.domain.journey.JourneyStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** On fakes: a birthday journey starts once a day at its hour, for the customers born on that day who follow. */
class JourneyDatesTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final Shop shop = new Shop();
    private final Shop.Channel tokyo = shop.channel(100, PriorityClass.TRANSACTIONAL);
    private final InMemoryJourneys journeys = new InMemoryJourneys();
    private final InMemoryJourneyEntries entries = new InMemoryJourneyEntries();
    private final AtomicInteger signals = new AtomicInteger();
    private final JourneyDates dates = new JourneyDates(
            journeys,
            entries,
            shop.audienceQuery,
            new JourneyReach(shop.identities, shop.accounts, shop.subscriptions),
            shop.orgs,
            (JourneySignal) signals::incrementAndGet,
            shop.clock);

    private Customer bornOn(LocalDate day, boolean follows) {
        Customer customer = follows ? shop.follower(tokyo) : shop.customer();
        Customer born = new Customer(
                customer.id(),
                customer.orgId(),
                customer.externalId(),
                customer.name(),
                customer.mobile(),
                customer.email(),
                Map.of("birthday", new AttributeValue.Day(day)),
                customer.tags(),
                customer.kind(),
                customer.createdAt(),
                customer.updatedAt());
        shop.customers.saveAll(List.of(born));
        return born;
    }

    @Test
    void aBirthdayJourneyStartsOnceAtItsHourForWhoWasBornThatDayAndFollows() {
        ZonedDateTime next = shop.clock.instant().atZone(TOKYO).plusHours(1).truncatedTo(ChronoUnit.HOURS);
        LocalDate day = next.toLocalDate();
        Customer birthday = bornOn(LocalDate.of(2000, day.getMonth(), day.getDayOfMonth()), true);
        bornOn(LocalDate.of(2000, day.getMonth(), day.getDayOfMonth()), false); // no LINE: cannot be reached
        bornOn(day.minusDays(1).withYear(2000), true);
        Journey journey = Journey.draft(
                        shop.org,
                        "Birthday",
                        JourneyReader.read(
                                TinyJson.read("{\"trigger\":{\"type\":\"date\",\"attribute\":\"birthday\",\"hour\":"
                                        + next.getHour() + "},\"steps\":[{\"type\":\"send\",\"templateId\":\""
                                        + shop.template.id().value() + "\"}],\"entry\":{\"again\":\"P300D\"}}"),
                                ""),
                        shop.clock.instant())
                .moved(JourneyStatus.ACTIVE, shop.clock.instant());
        journeys.insert(journey);

        assertThat(dates.startDue()).as("before its hour").isZero();
        shop.clock.advance(
                Duration.between(shop.clock.instant(), next.toInstant()).plusMinutes(1));

        assertThat(dates.startDue()).isEqualTo(1);
        assertThat(dates.startDue()).as("once a day").isZero();
        assertThat(entries.all()).singleElement().satisfies(entry -> {
            assertThat(entry.customerId()).isEqualTo(birthday.id());
            assertThat(entry.accountId()).isEqualTo(tokyo.account().id());
            assertThat(entry.state()).isEqualTo(JourneyEntry.State.ACTIVE);
        });
        assertThat(signals).hasValue(1);
    }
}
