package io.lineengage.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lineengage.adapters.persistence.postgres.DatabaseSettings;
import io.lineengage.application.port.out.campaign.SendPace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsReaderTest {
    @TempDir
    Path dataDirectory;

    private final List<String> notices = new ArrayList<>();

    private Settings read(Map<String, String> env, String... args) {
        Map<String, String> withDataDir = new HashMap<>(env);
        withDataDir.putIfAbsent("LINE_ENGAGE_DATA_DIR", dataDirectory.toString());
        return new SettingsReader(withDataDir, notices::add).read(List.of(args));
    }

    @Test
    void defaultsAreAnEmbeddedDatabaseInTheDataDirectoryOnPort8080() {
        Settings settings = read(Map.of());
        assertThat(settings.port()).isEqualTo(8080);
        assertThat(settings.market()).isEqualTo(MarketChoice.DEFAULT);
        assertThat(settings.database()).isEqualTo(new DatabaseSettings.Embedded(dataDirectory.resolve("postgres")));
        assertThat(settings.line().apiBaseUrl()).hasToString("https://api.line.me");
        assertThat(settings.line().dataApiBaseUrl()).hasToString("https://api-data.line.me");
    }

    @Test
    void lineCanPointAtTheSandbox() {
        Settings settings = read(Map.of("LINE_API_BASE_URL", "http://127.0.0.1:9090"));
        assertThat(settings.line().apiBaseUrl()).hasToString("http://127.0.0.1:9090");
        assertThat(settings.line().dataApiBaseUrl()).hasToString("http://127.0.0.1:9090");
        assertThatThrownBy(() -> read(Map.of("LINE_API_BASE_URL", "ftp://x")))
                .hasMessageContaining("LINE_API_BASE_URL");
        assertThatThrownBy(() -> read(Map.of("LINE_DATA_API_BASE_URL", "not a url")))
                .hasMessageContaining("LINE_DATA_API_BASE_URL");
    }

    @Test
    void sendRatesDefaultToLinesLimitsAndMayOnlyBeLower() {
        assertThat(read(Map.of()).sendLimits()).isEqualTo(new SendPace.Limits(200, 2_000));
        assertThat(read(Map.of("LINE_ENGAGE_MULTICAST_RATE", "50", "LINE_ENGAGE_PUSH_RATE", "2000"))
                        .sendLimits())
                .isEqualTo(new SendPace.Limits(50, 2_000));
        assertThatThrownBy(() -> read(Map.of("LINE_ENGAGE_MULTICAST_RATE", "201")))
                .hasMessageContaining("LINE_ENGAGE_MULTICAST_RATE");
        assertThatThrownBy(() -> read(Map.of("LINE_ENGAGE_PUSH_RATE", "fast")))
                .hasMessageContaining("LINE_ENGAGE_PUSH_RATE");
    }

    @Test
    void theProfileRateDefaultsToFiftyAndZeroTurnsTheKeeperOff() {
        assertThat(read(Map.of()).profileRate()).isEqualTo(50);
        assertThat(read(Map.of("LINE_ENGAGE_PROFILE_RATE", "0")).profileRate()).isZero();
        assertThat(read(Map.of("LINE_ENGAGE_PROFILE_RATE", "2000")).profileRate())
                .isEqualTo(2_000);
        assertThatThrownBy(() -> read(Map.of("LINE_ENGAGE_PROFILE_RATE", "2001")))
                .hasMessageContaining("LINE_ENGAGE_PROFILE_RATE");
        assertThatThrownBy(() -> read(Map.of("LINE_ENGAGE_PROFILE_RATE", "-1")))
                .hasMessageContaining("LINE_ENGAGE_PROFILE_RATE");
    }

    @Test
    void theLedgerIsKeptWholeUnlessARetentionInMonthsIsGiven() {
        assertThat(read(Map.of()).ledgerRetentionMonths()).isEmpty();
        assertThat(read(Map.of("LINE_ENGAGE_LEDGER_RETENTION_MONTHS", " 13 ")).ledgerRetentionMonths())
                .contains(13);
        for (String bad : List.of("0", "-1", "1201", "a year", "99999999999", "1.5")) {
            assertThatThrownBy(() -> read(Map.of("LINE_ENGAGE_LEDGER_RETENTION_MONTHS", bad)))
                    .as(bad)
                    .hasMessageContaining("LINE_ENGAGE_LEDGER_RETENTION_MONTHS");
        }
    }

    @Test
    void aGeneratedAdminTokenIsPrintedOnceAndKeptForTheNextStart() throws Exception {
        Settings first = read(Map.of());
        assertThat(notices).anyMatch(notice -> notice.contains("LINE_ENGAGE_ADMIN_TOKEN=" + first.adminToken()));
        Path tokenFile = dataDirectory.resolve("admin-token");
        assertThat(Files.getPosixFilePermissions(tokenFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));

        notices.clear();
        Settings second = read(Map.of());
        assertThat(second.adminToken()).isEqualTo(first.adminToken());
        assertThat(second.masterKey()).isEqualTo(first.masterKey());
        assertThat(notices).noneMatch(notice -> notice.contains(first.adminToken()));
        assertThat(notices).anyMatch(notice -> notice.contains("LINE_ENGAGE_MASTER_KEY is not set"));
    }

    @Test
    void givenValuesWin() {
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        Settings settings = read(Map.of(
                "PORT",
                "9999",
                "DATABASE_URL",
                "postgres://u:p@db/x",
                "LINE_ENGAGE_ADMIN_TOKEN",
                "a-long-enough-admin-token",
                "LINE_ENGAGE_MASTER_KEY",
                key,
                "LINE_ENGAGE_MARKET",
                "jp"));
        assertThat(settings.port()).isEqualTo(9999);
        assertThat(settings.database()).isEqualTo(new DatabaseSettings.External("postgres://u:p@db/x"));
        assertThat(settings.adminToken()).isEqualTo("a-long-enough-admin-token");
        assertThat(settings.market()).isEqualTo(MarketChoice.JP);
        assertThat(notices).isEmpty();
        assertThat(Files.exists(dataDirectory.resolve("admin-token"))).isFalse();
        assertThat(settings.toString()).doesNotContain("a-long-enough-admin-token");
    }

    @Test
    void ephemeralRunsKeepNothingOnDisk() {
        Settings settings = read(Map.of(), "--ephemeral");
        assertThat(settings.database()).isEqualTo(new DatabaseSettings.Ephemeral());
        assertThat(dataDirectory.resolve("admin-token")).doesNotExist();
        assertThat(dataDirectory.resolve("master-key")).doesNotExist();
    }

    @Test
    void badValuesAreRejectedWithTheVariableNamed() {
        assertThatThrownBy(() -> read(Map.of("PORT", "eighty"))).hasMessageContaining("PORT");
        assertThatThrownBy(() -> read(Map.of("PORT", "70000"))).hasMessageContaining("PORT");
        assertThatThrownBy(() -> read(Map.of("LINE_ENGAGE_MARKET", "MARS"))).hasMessageContaining("LINE_ENGAGE_MARKET");
        assertThatThrownBy(() -> read(Map.of("LINE_ENGAGE_MASTER_KEY", "c2hvcnQ=")))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> read(Map.of("LINE_ENGAGE_ADMIN_TOKEN", "short")))
                .hasMessageContaining("16");
        assertThatThrownBy(() -> read(Map.of(), "--verbose")).hasMessageContaining("--verbose");
    }

    @Test
    void anAdminTokenFromTheEnvironmentOverridingTheKeptOneIsMentioned() throws Exception {
        read(Map.of());
        assertThat(notices).noneMatch(notice -> notice.contains("is used instead"));
        read(Map.of("LINE_ENGAGE_ADMIN_TOKEN", "from-the-environment-0123"));
        assertThat(notices)
                .anyMatch(notice -> notice.equals("LINE_ENGAGE_ADMIN_TOKEN is set: it is used instead of the "
                        + "token kept in " + dataDirectory.resolve("admin-token")));
    }
}
