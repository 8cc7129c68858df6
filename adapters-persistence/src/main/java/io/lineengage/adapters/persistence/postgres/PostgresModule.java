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
        Jdbi jdbi = Jdbi.create(StorageOutages.connections(dataSource))
                .installPlugin(new SqlObjectPlugin()).installPlugin(new PostgresPlugin());
        jdbi.setHandleCallbackDecorator(StorageOutages.decorator());
        return jdbi;
    }

    @Provides
    @Singleton
    public static UnitOfWork unitOfWork(Jdbi jdbi) {
        return new JdbiUnitOfWork(jdbi);
    }

    @Provides
    @Singleton
    static DatabaseHealthPort databaseHealth(Jdbi jdbi) {
        return new JdbiDatabaseHealth(jdbi);
    }
}
