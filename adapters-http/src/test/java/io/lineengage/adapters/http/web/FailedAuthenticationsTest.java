package io.lineengage.adapters.http.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class FailedAuthenticationsTest {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-02T00:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

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
        now.set(now.get().plusSeconds(45));
        assertThat(failures.refusedFor("10.0.0.1")).contains(Duration.ofSeconds(15));
        now.set(now.get().plusSeconds(15));
        assertThat(failures.refusedFor("10.0.0.1")).as("a new window").isEmpty();
        failures.failed("10.0.0.1");
        assertThat(failures.refusedFor("10.0.0.1")).as("counting starts over").isEmpty();
    }
}
