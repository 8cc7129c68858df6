package io.lineengage.adapters.persistence.journey;

import dagger.Module;
import dagger.Provides;
import io.lineengage.application.port.out.journey.JourneyEntries;
import io.lineengage.application.port.out.journey.JourneySteps;
import io.lineengage.application.port.out.journey.Journeys;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

/** Journeys, the customers inside them, and the steps they ran. */
@Module
public final class JourneyPersistenceModule {
    private JourneyPersistenceModule() {}

    @Provides
    @Singleton
    public static Journeys journeys(Jdbi jdbi) {
        return new JdbiJourneys(jdbi);
    }

    @Provides
    @Singleton
    public static JourneyEntries journeyEntries(Jdbi jdbi) {
        return new JdbiJourneyEntries(jdbi);
    }

    @Provides
    @Singleton
    public static JourneySteps journeySteps(Jdbi jdbi) {
        return new JdbiJourneySteps(jdbi);
    }
}
