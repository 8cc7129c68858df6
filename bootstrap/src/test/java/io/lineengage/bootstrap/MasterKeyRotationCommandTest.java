package io.lineengage.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.adapters.http.web.ApiClient;
import io.lineengage.adapters.persistence.postgres.DatabaseSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documented rotation: stop, rotate, start again with the new key; the accounts still work. */
class MasterKeyRotationCommandTest {
    @TempDir
    Path dataDirectory;

    @Test
    void rotatingTheGeneratedKeyKeepsEveryAccountReadable() throws Exception {
        Map<String, String> env = Map.of(
                "LINE_ENGAGE_DATA_DIR",
                dataDirectory.toString(),
                "PORT",
                "0",
                "LINE_ENGAGE_ADMIN_TOKEN",
                TestSettings.ADMIN_TOKEN);
        Settings settings = new SettingsReader(env, notice -> {}).read(List.of());
        assertThat(settings.database()).isInstanceOf(DatabaseSettings.Embedded.class);
        String accountId;
        String key;
        try (LineEngage service = LineEngage.start(settings, TestSettings.CLOCK)) {
            ApiClient api = new ApiClient(service.port());
            key = TestSettings.apiKeyOfNewOrg(api, "Rotate");
            accountId = api.post(
                            "/api/v1/line-accounts",
                            key,
                            "{\"name\":\"S\",\"providerName\":\"P\",\"channelId\":\"123\",\"channelSecret\":\"sec\",\"accessToken\":\"tok\"}")
                    .json()
                    .get("id")
                    .asText();
        }
        String oldKey = Files.readString(dataDirectory.resolve("master-key")).strip();

        List<String> output = new ArrayList<>();
        new MasterKeyRotationCommand(env, output::add).run();
        assertThat(output.get(0)).isEqualTo("re-encrypted 2 secrets under the new master key");
        assertThat(Files.readString(dataDirectory.resolve("master-key")).strip())
                .isNotEqualTo(oldKey);

        Settings rotated = new SettingsReader(env, notice -> {}).read(List.of());
        try (LineEngage service = LineEngage.start(rotated, TestSettings.CLOCK)) {
            ApiClient api = new ApiClient(service.port());
            assertThat(api.get("/api/v1/line-accounts/" + accountId, key)
                            .json()
                            .get("tokenMode")
                            .asText())
                    .isEqualTo("LONG_LIVED");
        }
    }
}
