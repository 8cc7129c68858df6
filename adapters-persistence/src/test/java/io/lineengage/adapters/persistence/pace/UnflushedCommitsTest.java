package io.lineengage.adapters.persistence.pace;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.adapters.persistence.postgres.TestStorage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A pace transaction commits without waiting for the disk; the connection goes back to the pool as it came. */
class UnflushedCommitsTest {
    private static final TestStorage STORAGE = TestStorage.fresh();

    @AfterAll
    static void close() {
        STORAGE.close();
    }

    private static String synchronousCommit(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SHOW synchronous_commit")) {
            result.next();
            return result.getString(1);
        }
    }

    @Test
    void onlyTheTransactionCommitsUnflushed() throws SQLException {
        DataSource unflushed = UnflushedCommits.of(STORAGE.dataSource());
        try (Connection connection = unflushed.getConnection()) {
            // The tests' server may not flush at all: the session asks for the production setting.
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET synchronous_commit = on");
            }
            connection.setAutoCommit(false);
            assertThat(synchronousCommit(connection)).as("in the transaction").isEqualTo("off");
            connection.commit();
            assertThat(synchronousCommit(connection)).as("after it").isEqualTo("on");
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("RESET synchronous_commit");
            }
        }
    }
}
