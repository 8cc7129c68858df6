package io.lineengage.adapters.persistence.postgres;

import dagger.Module;
import dagger.Provides;
import io.lineengage.application.port.out.UnitOfWork;
import io.lineengage.application.port.out.health.DatabaseHealthPort;
import jakarta.inject.Singleton;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** JDBI over the component's {@link DataSource}, transactions and the database's health. */
@Module
public final class PostgresModule {
    private PostgresModule() {}

    @Provides
    @Singleton
    public static Jdbi jdbi(DataSource dataSource) {
        Jdbi jdbi = Jdbi.create(StorageOutages.connections(dataSource))
                .installPlugin(new SqlObjectPlugin())
                .installPlugin(new PostgresPlugin());
        jdbi.setHandleCallbackDecorator(StorageOutages.decorator());
        // A failed statement's message (and so every log of it) names the statement and the error, never the bound
        // values: those are customers' emails and names, raw webhook events, secrets' ciphertexts, key hashes.
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(PostgresModule::withoutValues);
        return jdbi;
    }

    static String withoutValues(StatementException e) {
        String sql =
                e.getStatementContext() == null ? null : e.getStatementContext().getRawSql();
        String statement = sql == null ? "" : sql.strip().replaceAll("\\s+", " ");
        return e.getShortMessage()
                + (statement.isEmpty()
                        ? ""
                        : " [statement: " + (statement.length() > 160 ? statement.substring(0, 160) + "…" : statement)
                                + "]");
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
