package io.lineengage.adapters.persistence.tracking;

import dagger.Module;
import dagger.Provides;
import io.lineengage.application.port.out.tracking.TrackedLinks;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

/** Tracked links and their clicks. */
@Module
public final class TrackingPersistenceModule {
    private TrackingPersistenceModule() {}

    @Provides
    @Singleton
    public static TrackedLinks trackedLinks(Jdbi jdbi) {
        return new JdbiTrackedLinks(jdbi);
    }
}
