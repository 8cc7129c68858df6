package io.lineengage.domain.planted;

import io.lineengage.adapters.persistence.postgres.DatabaseSettings;

/** Planted violation: the domain must not know an adapter. Only ArchitectureTest imports it. */
public class DomainReachingIntoAnAdapter {
    public DatabaseSettings settings() {
        return new DatabaseSettings.Ephemeral();
    }
}
