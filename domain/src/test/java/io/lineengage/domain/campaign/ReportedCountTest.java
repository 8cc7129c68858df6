package io.lineengage.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ReportedCountTest {
    @Test
    void aHiddenCountIsFewerThanTwentyNeverZero() {
        ReportedCount hidden = ReportedCount.of(OptionalLong.empty());

        assertThat(hidden.exact()).isFalse();
        assertThat(hidden.describe()).isEqualTo("fewer than 20");
        assertThat(ReportedCount.of(OptionalLong.of(0)).describe()).isEqualTo("0");
        assertThat(ReportedCount.of(OptionalLong.of(25)).describe()).isEqualTo("25");
    }

    @Test
    void aSumWithHiddenPartsIsARange() {
        ReportedCount tokyo = ReportedCount.of(OptionalLong.of(25));
        ReportedCount osaka = ReportedCount.of(OptionalLong.empty());

        assertThat(ReportedCount.sum(List.of(tokyo, osaka))).isEqualTo(new ReportedCount(25, 44));
        assertThat(ReportedCount.sum(List.of(tokyo, osaka)).describe()).isEqualTo("from 25 to 44");
        assertThat(ReportedCount.sum(List.of(tokyo, tokyo)).describe()).isEqualTo("50");
        assertThat(ReportedCount.sum(List.of(osaka, osaka)).describe()).isEqualTo("from 0 to 38");
        assertThat(ReportedCount.sum(List.of()).describe()).isEqualTo("0");
    }
}
