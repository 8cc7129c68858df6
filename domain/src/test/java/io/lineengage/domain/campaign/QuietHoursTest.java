package io.lineengage.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lineengage.domain.error.ValidationException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuietHoursTest {
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Test
    void aWindowAcrossMidnightHoldsItsStartAndNotItsEnd() {
        QuietHours night = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));
        assertThat(night.contains(LocalTime.of(21, 0))).isTrue();
        assertThat(night.contains(LocalTime.of(2, 30))).isTrue();
        assertThat(night.contains(LocalTime.of(7, 59, 59))).isTrue();
        assertThat(night.contains(LocalTime.of(8, 0))).isFalse();
        assertThat(night.contains(LocalTime.of(20, 59))).isFalse();
    }

    @Test
    void sendingResumesWhenTheQuietHoursEndInTheOrgsZone() {
        QuietHours night = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));
        Instant lateEvening = Instant.parse("2026-11-26T13:30:00Z"); // 22:30 in Tokyo
        assertThat(night.nextAllowed(lateEvening, TOKYO)).isEqualTo(Instant.parse("2026-11-26T23:00:00Z"));
        Instant earlyMorning = Instant.parse("2026-11-26T20:00:00Z"); // 05:00 the next day in Tokyo
        assertThat(night.nextAllowed(earlyMorning, TOKYO)).isEqualTo(Instant.parse("2026-11-26T23:00:00Z"));
        Instant noon = Instant.parse("2026-11-26T03:00:00Z");
        assertThat(night.nextAllowed(noon, TOKYO)).isEqualTo(noon);
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 0));
        assertThat(lunch.nextAllowed(noon, TOKYO)).isEqualTo(Instant.parse("2026-11-26T04:00:00Z"));
        assertThatThrownBy(() -> new QuietHours(LocalTime.NOON, LocalTime.NOON))
                .isInstanceOf(ValidationException.class);
    }
}
