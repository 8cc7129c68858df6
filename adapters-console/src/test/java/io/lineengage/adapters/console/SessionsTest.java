package io.lineengage.adapters.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.domain.org.OrgId;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Console sessions end when idle too long, when too old, and on sign-out; IDs and CSRF tokens are unguessable. */
class SessionsTest {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-02T09:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final Sessions sessions = new Sessions(
            new ConsoleSettings(URI.create("http://localhost"), Duration.ofMinutes(30), Duration.ofHours(2)), clock);
    private final OrgId org = OrgId.generate();

    private void advance(Duration by) {
        now.set(now.get().plus(by));
    }

    @Test
    void aSessionLivesWhileUsedAndEndsIdle() {
        Sessions.Session session = sessions.start(org);
        assertThat(session.id()).hasSizeGreaterThanOrEqualTo(40).isNotEqualTo(session.csrf());
        advance(Duration.ofMinutes(29));
        assertThat(sessions.find(session.id())).map(Sessions.Session::orgId).contains(org);
        advance(Duration.ofMinutes(29));
        assertThat(sessions.find(session.id())).as("used a minute ago").isPresent();
        advance(Duration.ofMinutes(30));
        assertThat(sessions.find(session.id())).as("idle 30 minutes").isEmpty();
    }

    @Test
    void aSessionEndsAtItsMaximumAgeHoweverBusyAndOnSignOut() {
        Sessions.Session busy = sessions.start(org);
        for (int i = 0; i < 4; i++) {
            advance(Duration.ofMinutes(25));
            assertThat(sessions.find(busy.id())).isPresent();
        }
        advance(Duration.ofMinutes(25));
        assertThat(sessions.find(busy.id())).as("two hours old").isEmpty();

        Sessions.Session other = sessions.start(org);
        sessions.end(other.id());
        assertThat(sessions.find(other.id())).isEmpty();
        assertThat(sessions.find(null)).isEmpty();
        assertThat(sessions.find("made-up")).isEmpty();
    }
}
