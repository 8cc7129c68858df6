package io.lineengage.adapters.http.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.application.fake.SettableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailedAuthenticationsTest {
    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-02T00:00:00Z"));

    @Test
    void anAddressIsRefusedAfterItsAllowedFailuresUntilTheWindowEnds() {
        FailedAuthentications failures = new FailedAuthentications(3, Duration.ofMinutes(1), clock);
        for (int i = 0; i < 3; i++) {
            assertThat(failures.refusedFor("10.0.0.1")).isEmpty();
            failures.failed("10.0.0.1");
        }
        assertThat(failures.refusedFor("10.0.0.1")).contains(Duration.ofMinutes(1));
        assertThat(failures.refusedFor("10.0.0.2"))
                .as("other addresses are not touched")
                .isEmpty();
        clock.advance(Duration.ofSeconds(45));
        assertThat(failures.refusedFor("10.0.0.1")).contains(Duration.ofSeconds(15));
        clock.advance(Duration.ofSeconds(15));
        assertThat(failures.refusedFor("10.0.0.1")).as("a new window").isEmpty();
        failures.failed("10.0.0.1");
        assertThat(failures.refusedFor("10.0.0.1")).as("counting starts over").isEmpty();
    }
}
