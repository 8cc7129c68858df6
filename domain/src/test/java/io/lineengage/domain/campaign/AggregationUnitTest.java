package io.lineengage.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AggregationUnitTest {
    @Test
    void eachCampaignHasItsOwnNameThatLineTakes() {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String name = AggregationUnit.of(CampaignId.generate()).name();
            assertThat(name).matches("[a-zA-Z0-9_]{1,30}").startsWith("le_");
            names.add(name);
        }
        assertThat(names).hasSize(1_000);
        CampaignId one = CampaignId.generate();
        assertThat(AggregationUnit.of(one)).isEqualTo(AggregationUnit.of(one));
    }

    @Test
    void namesLineRefusesAreRefused() {
        for (String bad : new String[] {"", "has-dash", "x".repeat(31), "日本", "a b"}) {
            assertThatThrownBy(() -> new AggregationUnit(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theMonthIsLinesMonthInJapan() {
        assertThat(AggregationUnit.monthAt(Instant.parse("2026-11-30T14:59:59Z")))
                .isEqualTo(YearMonth.of(2026, 11));
        assertThat(AggregationUnit.monthAt(Instant.parse("2026-11-30T15:00:00Z")))
                .isEqualTo(YearMonth.of(2026, 12));
    }
}
