package io.lineengage.adapters.persistence.journey;

import io.lineengage.adapters.persistence.org.OrgPersistenceModule;
import io.lineengage.adapters.persistence.postgres.TestStorage;
import io.lineengage.application.port.out.journey.AbstractJourneyStorageTest;
import io.lineengage.application.port.out.journey.JourneyEntries;
import io.lineengage.application.port.out.journey.JourneySteps;
import io.lineengage.application.port.out.journey.Journeys;
import io.lineengage.application.port.out.org.OrgRepository;
import org.junit.jupiter.api.AfterAll;

class JdbiJourneyStorageTest extends AbstractJourneyStorageTest {
    private static final TestStorage STORAGE = TestStorage.fresh();

    @AfterAll
    static void close() {
        STORAGE.close();
    }

    @Override
    protected OrgRepository orgRepository() {
        return OrgPersistenceModule.orgRepository(STORAGE.jdbi());
    }

    @Override
    protected Journeys journeys() {
        return JourneyPersistenceModule.journeys(STORAGE.jdbi());
    }

    @Override
    protected JourneyEntries entries() {
        return JourneyPersistenceModule.journeyEntries(STORAGE.jdbi());
    }

    @Override
    protected JourneySteps steps() {
        return JourneyPersistenceModule.journeySteps(STORAGE.jdbi());
    }
}
