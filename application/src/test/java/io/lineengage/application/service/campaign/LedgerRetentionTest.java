package io.lineengage.application.service.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lineengage.application.fake.InMemoryCampaigns;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LedgerRetentionTest {
    private final InMemoryCampaigns months = new InMemoryCampaigns();
    private final Clock march = Clock.fixed(Instant.parse("2027-03-31T23:59:00Z"), ZoneOffset.UTC);

    @Test
    void thisMonthAndTheNextAreMadeAheadAndNothingGoesWithoutARetention() {
        months.prepare(YearMonth.of(2025, 1), YearMonth.of(2025, 1));

        assertThat(new LedgerRetention(months, Optional.empty(), march).keep()).isEmpty();

        assertThat(months.months())
                .containsExactly(YearMonth.of(2025, 1), YearMonth.of(2027, 3), YearMonth.of(2027, 4));
    }

    @Test
    void aRetentionOfThreeMonthsKeepsThisMonthAndTheTwoBefore() {
        months.prepare(YearMonth.of(2026, 11), YearMonth.of(2027, 2));

        assertThat(new LedgerRetention(months, Optional.of(3), march).keep())
                .containsExactly(YearMonth.of(2026, 11), YearMonth.of(2026, 12));

        assertThat(months.months())
                .containsExactly(
                        YearMonth.of(2027, 1), YearMonth.of(2027, 2), YearMonth.of(2027, 3), YearMonth.of(2027, 4));
        assertThat(new LedgerRetention(months, Optional.of(1), march).keep())
                .containsExactly(YearMonth.of(2027, 1), YearMonth.of(2027, 2));
    }

    @Test
    void aRetentionKeepsAtLeastThisMonth() {
        assertThatThrownBy(() -> new LedgerRetention(months, Optional.of(0), march))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
