package io.lineengage.bootstrap;

import io.lineengage.adapters.persistence.postgres.DatabaseSettings;
import java.nio.file.Path;
import java.util.Objects;

/** The service's configuration, read from the environment by {@link SettingsReader}. */
public record Settings(int port, String host, DatabaseSettings database, Path dataDirectory, String adminToken,
                       MasterKey masterKey, MarketChoice market) {
    public Settings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(adminToken, "adminToken");
        Objects.requireNonNull(masterKey, "masterKey");
        Objects.requireNonNull(market, "market");
    }

    public Settings withPort(int newPort) {
        return new Settings(newPort, host, database, dataDirectory, adminToken, masterKey, market);
    }

    @Override
    public String toString() {
        return "Settings[port=" + port + ", host=" + host + ", database=" + database + ", dataDirectory="
                + dataDirectory + ", market=" + market + ", adminToken and masterKey hidden]";
    }
}
