package io.lineengage.adapters.persistence.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

    /** How long a first start on a slow, loaded machine may take (initdb, then the server); zonky waits 10 s. */
    static final Duration STARTUP_PATIENCE = Duration.ofSeconds(120);

    private final Embedded embedded;
    private final HikariDataSource dataSource;

    /** The embedded server and the watchdog that stops it should this process die without closing it. */
    private record Embedded(EmbeddedPostgres server, Process watchdog) {
        void close() throws IOException {
            watchdog.destroy();
            server.close();
        }
    }

    private PostgresDatabase(Embedded embedded, HikariDataSource dataSource) {
        this.embedded = embedded;
        this.dataSource = dataSource;
    }

    public static PostgresDatabase start(DatabaseSettings settings, MeterRegistry meters) {
        Embedded embedded = null;
        try {
            JdbcUrl url;
            if (settings instanceof DatabaseSettings.External external) {
                url = JdbcUrl.parse(external.url());
            } else {
                embedded = startEmbedded(settings);
                url = new JdbcUrl(embedded.server().getJdbcUrl("postgres", "postgres"), null, null);
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
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    @Override
    public void close() {
        dataSource.close();
        closeQuietly(embedded);
    }

    private static Embedded startEmbedded(DatabaseSettings settings) {
        EmbeddedPostgresBinaries binaries = EmbeddedPostgresBinaries.prepare(binariesDirectory());
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(binaries.workingDirectory().toFile())
                    .setPgBinaryResolver(binaries.resolver())
                    .setPGStartupWait(STARTUP_PATIENCE)
                    // Not zonky's hook: it would stop the server while our own shutdown still uses it. close() stops
                    // it in order, and the watchdog when this process dies without closing.
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "200");
            Path dir;
            if (settings instanceof DatabaseSettings.Embedded persistent) {
                dir = persistent.dataDirectory().toAbsolutePath();
                Files.createDirectories(dir);
                // A server left running by a service that died (SIGKILL, OOM) still holds the directory.
                Postmaster.runningOn(dir).ifPresent(leftover -> leftover.stop(STARTUP_PATIENCE));
                // The default home of a brand's data: PostgreSQL's durable settings, not zonky's test settings
                // (it passes -F, fsync off, and synchronous_commit off; later options win).
                builder.setDataDirectory(dir)
                        .setCleanDataDirectory(false)
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
                LOG.info(
                        "embedded PostgreSQL with its data in {} (durable: fsync and synchronous commit on); "
                                + "waiting up to {} s for it to start",
                        dir,
                        STARTUP_PATIENCE.toSeconds());
            } else {
                dir = Files.createTempDirectory("line-engage-ephemeral-");
                builder.setDataDirectory(dir).setCleanDataDirectory(true);
                LOG.info(
                        "embedded PostgreSQL in a throw-away directory (fsync off); waiting up to {} s for it to start",
                        STARTUP_PATIENCE.toSeconds());
            }
            EmbeddedPostgres server = builder.start();
            Process watchdog = Postmaster.runningOn(dir)
                    .map(postmaster -> postmaster.watchFor(
                            ProcessHandle.current().pid(), !(settings instanceof DatabaseSettings.Embedded)))
                    .orElseThrow(
                            () -> new IllegalStateException("the embedded PostgreSQL started but left no pid file"));
            return new Embedded(server, watchdog);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "the embedded PostgreSQL did not start within " + STARTUP_PATIENCE.toSeconds() + " s: "
                            + e.getMessage(),
                    e);
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
        driverSettings(config);
        // Fail fast when the database is away: callers answer 503 instead of hanging.
        config.setConnectionTimeout(3_000);
        config.setValidationTimeout(2_000);
        if (meters != null) {
            config.setMetricRegistry(meters);
        }
        return new HikariDataSource(config);
    }

    /** The PostgreSQL driver as every pool of ours uses it (the service's and the tests'). */
    public static void driverSettings(HikariConfig config) {
        // JDBC batches become multi-row statements: one round trip for a batch of history rows or interactions.
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        // The server's "Detail:" of an error quotes the row's values (a duplicate key's email): kept out of messages.
        config.addDataSourceProperty("logServerErrorDetail", "false");
    }

    private static void closeQuietly(Embedded embedded) {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                LOG.warn("the embedded PostgreSQL did not stop cleanly", e);
            }
        }
    }
}
