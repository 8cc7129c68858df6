package io.lineengage.adapters.persistence.audience;

import dagger.Module;
import dagger.Provides;
import io.lineengage.application.port.out.audience.AudienceQuery;
import io.lineengage.application.port.out.audience.AudienceRepository;
import io.lineengage.application.port.out.audience.CustomerListRepository;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

/** Saved audiences, customer lists, and the SQL evaluation of filters. */
@Module
public final class AudiencePersistenceModule {
    private AudiencePersistenceModule() {}

    @Provides
    @Singleton
    public static AudienceRepository audienceRepository(Jdbi jdbi) {
        return new JdbiAudiences(jdbi);
    }

    @Provides
    @Singleton
    public static CustomerListRepository customerListRepository(Jdbi jdbi) {
        return new JdbiCustomerLists(jdbi);
    }

    @Provides
    @Singleton
    public static AudienceQuery audienceQuery(Jdbi jdbi) {
        return new JdbiAudienceQuery(jdbi);
    }
}
