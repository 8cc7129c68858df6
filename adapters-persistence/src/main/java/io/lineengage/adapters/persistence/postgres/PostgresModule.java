package io.lineengage.adapters.persistence.postgres;

import dagger.Module;
import dagger.Provides;
import io.lineengage.application.port.out.UnitOfWork;
import io.lineengage.application.port.out.health.DatabaseHealthPort;
import jakarta.inject.Singleton;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** JDBI over the component's {@link DataSource}, transactions and the database's health. */
@Module
public final class PostgresModule {
    private PostgresModule() {
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
