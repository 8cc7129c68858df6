package io.lineengage.application.port;

/**
 * The database cannot be reached right now. Callers answer "try again later" (503): nothing was stored, and LINE or
 * the client will retry. The service recovers by itself once the database is back.
 */
public final class StorageUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
