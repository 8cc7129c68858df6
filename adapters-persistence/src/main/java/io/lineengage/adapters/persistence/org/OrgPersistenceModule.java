package io.lineengage.adapters.persistence.org;

import dagger.Module;
import dagger.Provides;
import io.lineengage.application.port.out.org.ApiKeyRepository;
import io.lineengage.application.port.out.org.OrgRepository;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

/** Orgs and API keys in PostgreSQL. */
@Module
public final class OrgPersistenceModule {
    private OrgPersistenceModule() {}

    @Provides
    @Singleton
    public static OrgRepository orgRepository(Jdbi jdbi) {
        return new JdbiOrgRepository(jdbi);
    }

    @Provides
    @Singleton
    public static ApiKeyRepository apiKeyRepository(Jdbi jdbi) {
        return new JdbiApiKeyRepository(jdbi);
    }
}
