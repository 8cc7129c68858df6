package io.lineengage.adapters.persistence.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's PostgreSQL: starts the embedded server when no external one is configured, opens the connection
 * pool (with its metrics), and migrates the schema. Closing it closes the pool and stops an embedded server.
 */
public final class PostgresDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresDatabase.class);

    private final EmbeddedPostgres embedded;
    private final HikariDataSource dataSource;

    private PostgresDatabase(EmbeddedPostgres embedded, HikariDataSource dataSource) {
        this.embedded = embedded;
        this.dataSource = dataSource;
    }

    public static PostgresDatabase start(DatabaseSettings settings, MeterRegistry meters) {
        EmbeddedPostgres embedded = null;
        try {
            JdbcUrl url;
            if (settings instanceof DatabaseSettings.External external) {
                url = JdbcUrl.parse(external.url());
            } else {
                embedded = startEmbedded(settings);
                url = new JdbcUrl(embedded.getJdbcUrl("postgres", "postgres"), null, null);
            }
            HikariDataSource pool = pool(url, meters);
            PostgresDatabase database = new PostgresDatabase(embedded, pool);
            database.migrate();
            return database;
        } catch (RuntimeException e) {
            closeQuietly(embedded);
            throw e;
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Brings the schema to the newest migration; safe to run on every start. */
    public void migrate() {
        migrate(dataSource);
    }

    static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    @Override
    public void close() {
        dataSource.close();
        closeQuietly(embedded);
    }

    private static EmbeddedPostgres startEmbedded(DatabaseSettings settings) {
        EmbeddedPostgresBinaries binaries = EmbeddedPostgresBinaries.prepare(binariesDirectory());
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(binaries.workingDirectory().toFile())
                    .setPgBinaryResolver(binaries.resolver())
                    .setServerConfig("max_connections", "200");
            if (settings instanceof DatabaseSettings.Embedded persistent) {
                Path dir = persistent.dataDirectory().toAbsolutePath();
                Files.createDirectories(dir);
                builder.setDataDirectory(dir).setCleanDataDirectory(false);
                LOG.info("embedded PostgreSQL with its data in {}", dir);
            } else {
                builder.setCleanDataDirectory(true);
                LOG.info("embedded PostgreSQL in a throw-away directory");
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded PostgreSQL did not start", e);
        }
    }

    static Path binariesDirectory() {
        return Path.of(System.getProperty("java.io.tmpdir"), "line-engage-postgres");
    }

    private static HikariDataSource pool(JdbcUrl url, MeterRegistry meters) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("line-engage");
        config.setJdbcUrl(url.url());
        if (url.user() != null) {
            config.setUsername(url.user());
        }
        if (url.password() != null) {
            config.setPassword(url.password());
        }
        config.setMaximumPoolSize(20);
        // JDBC batches become multi-row statements: one round trip for a batch of history rows or interactions.
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        // Fail fast when the database is away: callers answer 503 instead of hanging.
        config.setConnectionTimeout(3_000);
        config.setValidationTimeout(2_000);
        if (meters != null) {
            config.setMetricRegistry(meters);
        }
        return new HikariDataSource(config);
    }

    private static void closeQuietly(EmbeddedPostgres embedded) {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                LOG.warn("the embedded PostgreSQL did not stop cleanly", e);
            }
        }
    }
}
