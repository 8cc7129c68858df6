package io.lineengage.adapters.persistence.postgres;

import java.sql.SQLException;

/** Reads what PostgreSQL meant by an error, so repositories can turn it into a business outcome. */
public final class PostgresErrors {
    private static final String UNIQUE_VIOLATION = "23505";

    private PostgresErrors() {}

    public static boolean isUniqueViolation(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
