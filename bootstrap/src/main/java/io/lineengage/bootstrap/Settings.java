package io.lineengage.bootstrap;

import io.lineengage.adapters.line.messaging.LineSettings;
import io.lineengage.adapters.persistence.postgres.DatabaseSettings;
import io.lineengage.application.port.out.campaign.SendPace;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** The service's configuration, read from the environment by {@link SettingsReader}. */
public record Settings(
        int port,
        String host,
        DatabaseSettings database,
        Path dataDirectory,
        String adminToken,
        MasterKey masterKey,
        MarketChoice market,
        LineSettings line,
        URI publicUrl,
        SendPace.Limits sendLimits,
        int profileRate,
        Optional<Integer> ledgerRetentionMonths) {
    public Settings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(adminToken, "adminToken");
        Objects.requireNonNull(masterKey, "masterKey");
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(publicUrl, "publicUrl");
        Objects.requireNonNull(sendLimits, "sendLimits");
        Objects.requireNonNull(ledgerRetentionMonths, "ledgerRetentionMonths");
        if (profileRate < 0) {
            throw new IllegalArgumentException("profileRate is 0 (off) or more profile calls a second");
        }
    }

    public Settings withPort(int newPort) {
        return new Settings(
                newPort,
                host,
                database,
                dataDirectory,
                adminToken,
                masterKey,
                market,
                line,
                publicUrl,
                sendLimits,
                profileRate,
                ledgerRetentionMonths);
    }

    public Settings withLine(LineSettings newLine) {
        return new Settings(
                port,
                host,
                database,
                dataDirectory,
                adminToken,
                masterKey,
                market,
                newLine,
                publicUrl,
                sendLimits,
                profileRate,
                ledgerRetentionMonths);
    }

    @Override
    public String toString() {
        return "Settings[port=" + port + ", host=" + host + ", database=" + database + ", dataDirectory="
                + dataDirectory + ", market=" + market + ", line=" + line.apiBaseUrl() + ", publicUrl=" + publicUrl
                + ", adminToken and masterKey hidden]";
    }
}
