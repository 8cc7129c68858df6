package io.lineengage.application.port.out.journey;

import io.lineengage.application.fake.InMemoryJourneyEntries;
import io.lineengage.application.fake.InMemoryJourneySteps;
import io.lineengage.application.fake.InMemoryJourneys;
import io.lineengage.application.fake.InMemoryOrgRepository;
import io.lineengage.application.port.out.org.OrgRepository;

class InMemoryJourneyStorageTest extends AbstractJourneyStorageTest {
    private final InMemoryOrgRepository orgs = new InMemoryOrgRepository();
    private final InMemoryJourneys journeys = new InMemoryJourneys();
    private final InMemoryJourneyEntries entries = new InMemoryJourneyEntries();
    private final InMemoryJourneySteps steps = new InMemoryJourneySteps();

    @Override
    protected OrgRepository orgRepository() {
        return orgs;
    }

    @Override
    protected Journeys journeys() {
        return journeys;
    }

    @Override
    protected JourneyEntries entries() {
        return entries;
    }

    @Override
    protected JourneySteps steps() {
        return steps;
    }
}
