package io.lineengage.application.service.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentlyReadTest {
    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-11-26T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aValueIsReadAgainOnlyOnceItIsOlderThanItsFreshness() {
        HandClock clock = new HandClock();
        RecentlyRead<String, Integer> recent = new RecentlyRead<>(Duration.ofSeconds(1), clock);
        AtomicInteger reads = new AtomicInteger();

        assertThat(recent.get("tpl_1", key -> reads.incrementAndGet())).isEqualTo(1);
        clock.now = clock.now.plusMillis(1_000);
        assertThat(recent.get("tpl_1", key -> reads.incrementAndGet()))
                .as("still fresh")
                .isEqualTo(1);
        assertThat(recent.get("tpl_2", key -> reads.incrementAndGet()))
                .as("another key is read")
                .isEqualTo(2);
        clock.now = clock.now.plusMillis(1);
        assertThat(recent.get("tpl_1", key -> reads.incrementAndGet()))
                .as("stale: read again")
                .isEqualTo(3);
        clock.now = clock.now.minusSeconds(60);
        assertThat(recent.get("tpl_1", key -> reads.incrementAndGet()))
                .as("the clock went back: read again")
                .isEqualTo(4);
    }
}
