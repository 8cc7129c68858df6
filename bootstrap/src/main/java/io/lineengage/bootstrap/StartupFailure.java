package io.lineengage.bootstrap;

import io.lineengage.adapters.persistence.postgres.DatabaseSettings;
import java.net.BindException;
import java.sql.SQLException;

/** Why the service could not start, in one line an operator can act on, without a stack trace. */
final class StartupFailure {
    private StartupFailure() {}

    static String describe(Throwable failure, Settings settings) {
        if (causedBy(failure, BindException.class)
                || failure.getClass().getSimpleName().equals("JavalinBindException")) {
            return "port " + settings.port() + " on " + settings.host() + " is in use (set PORT to a free one)";
        }
        String root = rootMessage(failure);
        if (settings.database() instanceof DatabaseSettings.External && causedBy(failure, SQLException.class)) {
            return "the database of DATABASE_URL cannot be used: " + root;
        }
        String top = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return top.contains(root) ? top : top + ": " + root;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
