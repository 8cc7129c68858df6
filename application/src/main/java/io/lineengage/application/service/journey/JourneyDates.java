package io.lineengage.application.service.journey;

import io.lineengage.application.port.in.journey.StartDatedJourneysUseCase;
import io.lineengage.application.port.out.audience.AudienceQuery;
import io.lineengage.application.port.out.journey.JourneyEntries;
import io.lineengage.application.port.out.journey.JourneySignal;
import io.lineengage.application.port.out.journey.Journeys;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.journey.Journey;
import io.lineengage.domain.journey.JourneyEntry;
import io.lineengage.domain.journey.Trigger;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * Dated journeys: once a day, at the journey's hour in its org's time zone, the customers whose DATE attribute falls
 * on today enter (through an account they follow). The day is taken by one instance, so each runs once.
 */
public final class JourneyDates implements StartDatedJourneysUseCase {
    private final Journeys journeys;
    private final JourneyEntries entries;
    private final AudienceQuery audienceQuery;
    private final JourneyReach reach;
    private final OrgRepository orgs;
    private final JourneySignal signal;
    private final Clock clock;

    public JourneyDates(
            Journeys journeys,
            JourneyEntries entries,
            AudienceQuery audienceQuery,
            JourneyReach reach,
            OrgRepository orgs,
            JourneySignal signal,
            Clock clock) {
        this.journeys = journeys;
        this.entries = entries;
        this.audienceQuery = audienceQuery;
        this.reach = reach;
        this.orgs = orgs;
        this.signal = signal;
        this.clock = clock;
    }

    @Override
    public int startDue() {
        int entered = 0;
        for (Journey journey : journeys.activeEverywhere("date")) {
            Trigger.Date date = (Trigger.Date) journey.definition().trigger();
            ZoneId zone =
                    orgs.findById(journey.orgId()).map(org -> org.timeZone()).orElse(ZoneId.of("UTC"));
            Instant now = clock.instant();
            ZonedDateTime local = now.atZone(zone);
            LocalDate today = local.toLocalDate();
            if (local.getHour() < date.hour() || !journeys.claimDay(journey.id(), today)) {
                continue;
            }
            for (CustomerId customer :
                    audienceQuery.anniversaries(journey.orgId(), date.attribute(), MonthDay.from(today))) {
                Optional<Map.Entry<LineAccountId, String>> through = reach.of(journey.orgId(), customer);
                if (through.isPresent()
                        && entries.enter(
                                        JourneyEntry.enter(
                                                journey,
                                                customer,
                                                through.get().getKey(),
                                                through.get().getValue(),
                                                Optional.empty(),
                                                now),
                                        journey.definition().rules().againAfter())
                                .isPresent()) {
                    entered++;
                }
            }
        }
        if (entered > 0) {
            signal.entriesDue();
        }
        return entered;
    }
}
