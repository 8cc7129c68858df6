package io.lineengage.adapters.persistence;

import dagger.Module;
import dagger.Provides;
import io.lineengage.adapters.persistence.org.OrgPersistenceModule;
import io.lineengage.application.port.out.UnitOfWork;
import io.lineengage.application.port.out.health.DatabaseHealthPort;
import jakarta.inject.Singleton;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** The PostgreSQL adapter: every out-port it implements, over the {@link DataSource} the component is given. */
@Module(includes = OrgPersistenceModule.class)
public final class PersistenceModule {
    private PersistenceModule() {
    }

    @Provides
    @Singleton
    public static Jdbi jdbi(DataSource dataSource) {
        return Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin()).installPlugin(new PostgresPlugin());
    }

    @Provides
    @Singleton
    static UnitOfWork unitOfWork(Jdbi jdbi) {
        return new JdbiUnitOfWork(jdbi);
    }

    @Provides
    @Singleton
    static DatabaseHealthPort databaseHealth(Jdbi jdbi) {
        return new JdbiDatabaseHealth(jdbi);
    }
}
