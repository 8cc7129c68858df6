package io.lineengage.adapters.persistence.pace;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The service's connections, whose transactions (begun by {@code setAutoCommit(false)}, as bucket4j begins its own)
 * commit without waiting for PostgreSQL to flush them to disk ({@code SET LOCAL synchronous_commit = off}, which ends
 * with the transaction, so the pooled connection goes back as it came). The pace buckets are visited many times a
 * second per channel, each visit a transaction holding the bucket's row lock: waiting for a disk flush in each would
 * make that lock, not LINE's limit, the campaign's pace. A bucket's state lost in a database crash regrants at most
 * the few permits taken just before it.
 */
final class UnflushedCommits {
    private UnflushedCommits() {}

    static DataSource of(DataSource pool) {
        return (DataSource) Proxy.newProxyInstance(
                UnflushedCommits.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = forward(pool, method, args);
                    return result instanceof Connection connection
                                    && method.getName().equals("getConnection")
                            ? unflushed(connection)
                            : result;
                });
    }

    private static Connection unflushed(Connection connection) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object result = forward(connection, method, args);
            if (method.getName().equals("setAutoCommit") && Boolean.FALSE.equals(args[0])) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET LOCAL synchronous_commit = off");
                }
            }
            return result;
        };
        return (Connection) Proxy.newProxyInstance(
                UnflushedCommits.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    private static Object forward(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
