package io.lineengage.domain.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class SupportedTimeTest {
    @Test
    void instantsAndDaysFromYearOneTo9999() {
        assertThat(SupportedTime.holds(Instant.parse("2026-12-02T00:00:00Z"))).isTrue();
        assertThat(SupportedTime.holds(SupportedTime.LATEST)).isTrue();
        assertThat(SupportedTime.holds(Instant.parse("+10000-01-01T00:00:00Z"))).isFalse();
        assertThat(SupportedTime.holds(Instant.MAX)).isFalse();
        assertThat(SupportedTime.holds(Instant.parse("-0001-01-01T00:00:00Z"))).isFalse();
        assertThat(SupportedTime.holds(LocalDate.parse("9999-12-31"))).isTrue();
        assertThat(SupportedTime.holds(LocalDate.parse("+10000-01-01"))).isFalse();
        assertThat(SupportedTime.holds(LocalDate.MIN)).isFalse();
    }

    @Test
    void spansBackUpTo200Years() {
        assertThat(SupportedTime.holdsBack(Period.ofDays(30))).isTrue();
        assertThat(SupportedTime.holdsBack(Period.ofYears(200))).isTrue();
        assertThat(SupportedTime.holdsBack(Period.ofYears(201))).isFalse();
        assertThat(SupportedTime.holdsBack(Period.of(0, 0, 999_999_999))).isFalse();
        assertThat(SupportedTime.holdsBack(Period.of(Integer.MAX_VALUE, 0, 0))).isFalse();
        assertThat(SupportedTime.holdsBack(Duration.ofHours(12))).isTrue();
        assertThat(SupportedTime.holdsBack(Duration.parse("PT9999999999999H"))).isFalse();
    }
}
