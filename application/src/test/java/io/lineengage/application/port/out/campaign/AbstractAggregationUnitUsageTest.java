package io.lineengage.application.port.out.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.domain.account.LineAccountId;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The contract of {@link AggregationUnitUsage}: a channel's month holds at most the limit's names, racing or not. */
public abstract class AbstractAggregationUnitUsageTest {
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    protected abstract AggregationUnitUsage usage();

    private static LineAccountId account() {
        return new LineAccountId("la_" + UUID.randomUUID());
    }

    @Test
    void aNameIsSpentOncePerChannelAndMonthUpToTheLimit() {
        LineAccountId tokyo = account();
        LineAccountId osaka = account();

        assertThat(usage().spend(tokyo, DECEMBER, "le_a", 2)).isTrue();
        assertThat(usage().spend(tokyo, DECEMBER, "le_a", 2))
                .as("spent already: still usable")
                .isTrue();
        assertThat(usage().spend(tokyo, DECEMBER, "le_b", 2)).isTrue();
        assertThat(usage().spend(tokyo, DECEMBER, "le_c", 2))
                .as("the month's names are spent")
                .isFalse();
        assertThat(usage().spend(tokyo, DECEMBER, "le_a", 2)).isTrue();
        assertThat(usage().spent(tokyo, DECEMBER)).isEqualTo(2);
        assertThat(usage().spend(tokyo, DECEMBER.plusMonths(1), "le_c", 2))
                .as("a new month")
                .isTrue();
        assertThat(usage().spend(osaka, DECEMBER, "le_c", 2))
                .as("another channel")
                .isTrue();
    }

    @Test
    void racingSpendersNeverGoPastTheLimit() throws Exception {
        LineAccountId tokyo = account();
        ExecutorService racers = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> spends = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String unit = "le_" + i;
                spends.add(() -> usage().spend(tokyo, DECEMBER, unit, 25));
            }
            long granted = 0;
            for (Future<Boolean> spent : racers.invokeAll(spends)) {
                granted += spent.get() ? 1 : 0;
            }
            assertThat(granted).isEqualTo(25);
            assertThat(usage().spent(tokyo, DECEMBER)).isEqualTo(25);
        } finally {
            racers.shutdownNow();
        }
    }
}
