package io.lineengage.adapters.persistence;

import dagger.Module;
import io.lineengage.adapters.persistence.org.OrgPersistenceModule;
import io.lineengage.adapters.persistence.postgres.PostgresModule;

/** The PostgreSQL adapter: every out-port it implements, one module per feature. */
@Module(includes = {PostgresModule.class, OrgPersistenceModule.class})
public final class PersistenceModule {
    private PersistenceModule() {
    }
}
