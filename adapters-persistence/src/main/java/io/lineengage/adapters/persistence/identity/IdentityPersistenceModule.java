package io.lineengage.adapters.persistence.identity;

import dagger.Module;
import dagger.Provides;
import io.lineengage.application.port.out.identity.LineIdentityRepository;
import io.lineengage.application.port.out.identity.LineProfileCache;
import io.lineengage.application.port.out.identity.ProfileGaps;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

/** Which customer each LINE user belongs to, and their cached LINE profiles. */
@Module
public final class IdentityPersistenceModule {
    private IdentityPersistenceModule() {}

    @Provides
    @Singleton
    public static LineIdentityRepository lineIdentityRepository(Jdbi jdbi) {
        return new JdbiIdentities(jdbi);
    }

    @Provides
    @Singleton
    public static LineProfileCache lineProfileCache(Jdbi jdbi) {
        return new JdbiIdentities(jdbi);
    }

    @Provides
    @Singleton
    public static ProfileGaps profileGaps(Jdbi jdbi) {
        return new JdbiProfileGaps(jdbi);
    }
}
