package io.lineengage.adapters.persistence.postgres;

import io.lineengage.application.port.StorageUnavailableException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleCallbackDecorator;
import org.jdbi.v3.core.JdbiException;

/**
 * Reports a database that cannot be reached as {@link StorageUnavailableException}, whether no connection could be
 * had or a connection broke mid-call, so that callers answer 503 (try again) rather than 500.
 */
final class StorageOutages {
    private StorageOutages() {}

    static ConnectionFactory connections(DataSource dataSource) {
        return () -> {
            try {
                return dataSource.getConnection();
            } catch (SQLException e) {
                throw new StorageUnavailableException("no database connection: " + e.getMessage(), e);
            }
        };
    }

    static HandleCallbackDecorator decorator() {
        return new HandleCallbackDecorator() {
            @Override
            public <R, X extends Exception> HandleCallback<R, X> decorate(HandleCallback<R, X> callback) {
                return handle -> {
                    try {
                        return callback.withHandle(handle);
                    } catch (JdbiException e) {
                        if (isOutage(e)) {
                            throw new StorageUnavailableException(
                                    "the database connection failed: " + e.getMessage(), e);
                        }
                        throw e;
                    }
                };
            }
        };
    }

    /** SQLState class 08 is "connection exception"; 57P01-03 are the server shutting down or not yet ready. */
    static boolean isOutage(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }
}
