package io.lineengage.adapters.persistence.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Real PostgreSQL for tests: one server per test JVM (embedded, or the one named by
 * {@code LINE_ENGAGE_TEST_DATABASE_URL}), one migrated template database, and a fresh copy of it for each caller,
 * so test classes never see each other's rows and nobody migrates twice.
 */
public final class TestDatabases {
    public static final String URL_VARIABLE = "LINE_ENGAGE_TEST_DATABASE_URL";

    private static TestDatabases instance;

    private final JdbcUrl server;
    private final String template;
    private final AtomicInteger counter = new AtomicInteger();

    private TestDatabases(JdbcUrl server) {
        this.server = server;
        // Unique per JVM: test runs sharing one external server must not fight over a template.
        this.template =
                "le_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + template);
        try (HikariDataSource templateDb = pool(template, 2)) {
            PostgresDatabase.migrate(templateDb);
        }
    }

    public static synchronized TestDatabases shared() {
        if (instance == null) {
            String external = System.getenv(URL_VARIABLE);
            JdbcUrl server;
            boolean onExternalServer = external != null && !external.isBlank();
            if (onExternalServer) {
                server = JdbcUrl.parse(external);
            } else {
                // No shutdown hook: stopping the server at exit kept test JVMs alive past surefire's patience on a
                // loaded machine. Its watchdog stops it and removes its directory once this JVM is gone.
                PostgresDatabase embedded = PostgresDatabase.start(new DatabaseSettings.Ephemeral(), null);
                server = new JdbcUrl(((HikariDataSource) embedded.dataSource()).getJdbcUrl(), "postgres", null);
            }
            instance = new TestDatabases(server);
            if (onExternalServer) {
                // An embedded server vanishes with its data; a shared one would keep every test database.
                TestDatabases created = instance;
                Runtime.getRuntime().addShutdownHook(new Thread(created::dropAll));
            }
        }
        return instance;
    }

    /** A new, migrated, empty database; close the returned pool when done. */
    public HikariDataSource newDatabase() {
        String name = template + "_" + counter.incrementAndGet();
        execute("CREATE DATABASE " + name + " TEMPLATE " + template);
        return pool(name, 5);
    }

    /** A new database with no schema at all, for tests of the migrations themselves; close the pool when done. */
    public HikariDataSource newUnmigratedDatabase() {
        String name = template + "_" + counter.incrementAndGet();
        execute("CREATE DATABASE " + name);
        return pool(name, 5);
    }

    /** A JDBC URL of {@code database} with the server's credentials, for tests that start the whole service on it. */
    public String urlOf(DataSource database) {
        StringBuilder url = new StringBuilder(((HikariDataSource) database).getJdbcUrl());
        char separator = url.indexOf("?") < 0 ? '?' : '&';
        if (server.user() != null) {
            url.append(separator).append("user=").append(URLEncoder.encode(server.user(), StandardCharsets.UTF_8));
            separator = '&';
        }
        if (server.password() != null) {
            url.append(separator)
                    .append("password=")
                    .append(URLEncoder.encode(server.password(), StandardCharsets.UTF_8));
        }
        return url.toString();
    }

    /** Makes the database refuse connections and drops the ones it has: the database is "down" for its users. */
    public void cutOff(DataSource database) {
        String name = databaseOf(urlOf(database));
        execute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS false");
        execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
    }

    /** Lets the database take connections again. */
    public void restore(DataSource database) {
        execute("ALTER DATABASE " + databaseOf(urlOf(database)) + " ALLOW_CONNECTIONS true");
    }

    private void dropAll() {
        for (int n = counter.get(); n >= 1; n--) {
            execute("DROP DATABASE IF EXISTS " + template + "_" + n + " WITH (FORCE)");
        }
        execute("DROP DATABASE IF EXISTS " + template + " WITH (FORCE)");
    }

    private void execute(String sql) {
        try (HikariDataSource admin = pool(databaseOf(server.url()), 1);
                Connection connection = admin.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed", e);
        }
    }

    private HikariDataSource pool(String database, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(withDatabase(server.url(), database));
        if (server.user() != null) {
            config.setUsername(server.user());
        }
        if (server.password() != null) {
            config.setPassword(server.password());
        }
        config.setMaximumPoolSize(size);
        PostgresDatabase.driverSettings(config);
        config.setMinimumIdle(0);
        return new HikariDataSource(config);
    }

    private static String databaseOf(String jdbcUrl) {
        String afterHost = jdbcUrl.substring(jdbcUrl.indexOf("//") + 2);
        String path = afterHost.substring(afterHost.indexOf('/') + 1);
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    private static String withDatabase(String jdbcUrl, String database) {
        return jdbcUrl.replaceFirst("(//[^/]+/)[^?]*", "$1" + database);
    }
}
