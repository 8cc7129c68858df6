package io.lineengage.adapters.http.planted;

import io.lineengage.adapters.persistence.postgres.DatabaseSettings;

/** Planted violation: one adapter using another. */
public class HttpAdapterReachingIntoPersistence {
    public DatabaseSettings settings() {
        return new DatabaseSettings.Ephemeral();
    }
}
