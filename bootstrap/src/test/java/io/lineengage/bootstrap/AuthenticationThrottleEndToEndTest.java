package io.lineengage.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.adapters.http.web.ApiClient.Answer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Guessing tokens and keys is throttled per address; LINE's webhooks are not. */
class AuthenticationThrottleEndToEndTest {
    @TempDir
    Path dataDirectory;

    private ServiceWithSandbox world;

    @BeforeEach
    void start() {
        world = new ServiceWithSandbox(dataDirectory);
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void repeatedWrongTokensAndKeysFromOneAddressAreAnsweredWith429AndRetryAfter() {
        assertThat(world.api.get("/api/v1/org", world.key).status())
                .as("a valid key before")
                .isEqualTo(200);
        for (int i = 0; i < 10; i++) {
            assertThat(world.api
                            .get("/api/v1/admin/orgs", "wrong-admin-token-" + i)
                            .status())
                    .isEqualTo(401);
            assertThat(world.api.get("/api/v1/org", "lek_wrong_" + i).status()).isEqualTo(401);
        }
        Answer refused = world.api.get("/api/v1/org", "lek_wrong_again");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        assertThat(world.api.get("/api/v1/admin/orgs", TestSettings.ADMIN_TOKEN).status())
                .as("guessing right now does not help")
                .isEqualTo(429);
        // LINE's webhooks are not authenticated by tokens and never throttled here.
        assertThat(world.api.post("/webhooks/line/la_unknown", null, "{}").status())
                .isEqualTo(404);
        assertThat(world.api.get("/health/ready", null).status()).isEqualTo(200);
    }
}
