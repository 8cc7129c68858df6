package io.lineengage.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** What a failed statement says, and so what the logs say of it: the statement and the error, never the values. */
class StatementMessagesTest {
    private static final TestStorage STORAGE = TestStorage.fresh();

    @AfterAll
    static void close() {
        STORAGE.close();
    }

    @Test
    void aFailedStatementNamesItselfAndTheErrorButNoBoundValue() {
        Jdbi jdbi = STORAGE.jdbi();
        jdbi.useHandle(handle -> handle.execute("CREATE TABLE people (email text PRIMARY KEY, age int)"));
        jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO people VALUES (:email, 1)")
                .bind("email", "hana.private@example.jp")
                .execute());

        Throwable duplicate = catchThrowable(
                () -> jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO people VALUES (:email, :age)")
                        .bind("email", "hana.private@example.jp")
                        .bind("age", 424242)
                        .execute()));
        assertThat(duplicate).hasMessageContaining("duplicate key").hasMessageContaining("INSERT INTO people");
        assertThat(fullText(duplicate)).doesNotContain("hana.private").doesNotContain("424242");

        // PostgreSQL's "Failing row contains (...)" detail would quote the whole row.
        jdbi.useHandle(handle -> handle.execute("ALTER TABLE people ALTER COLUMN age SET NOT NULL"));
        Throwable notNull = catchThrowable(() ->
                jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO people VALUES (:email, CAST(:age AS int))")
                        .bind("email", "secret-ciphertext-xyz")
                        .bind("age", (Integer) null)
                        .execute()));
        assertThat(notNull).hasMessageContaining("not-null").hasMessageContaining("INSERT INTO people");
        assertThat(fullText(notNull)).doesNotContain("secret-ciphertext-xyz");
    }

    /** The message of the exception and of all its causes, as a log line with its stack trace would show them. */
    private static String fullText(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            text.append(cause).append('\n');
        }
        return text.toString();
    }
}
