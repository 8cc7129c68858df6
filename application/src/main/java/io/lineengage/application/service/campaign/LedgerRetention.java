package io.lineengage.application.service.campaign;

import io.lineengage.application.port.in.campaign.KeepLedgerUseCase;
import io.lineengage.application.port.out.campaign.LedgerMonths;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The ledger's months: this month and the next are made ahead (a campaign created at midnight on the 1st finds its
 * month ready); with a retention of N months, the months before the last N (this one included) are dropped whole,
 * with the per-recipient ledger of their campaigns. The campaigns themselves, their batches and counts stay.
 */
public final class LedgerRetention implements KeepLedgerUseCase {
    private final LedgerMonths months;
    private final Optional<Integer> retentionMonths;
    private final Clock clock;

    public LedgerRetention(LedgerMonths months, Optional<Integer> retentionMonths, Clock clock) {
        retentionMonths.ifPresent(kept -> {
            if (kept < 1) {
                throw new IllegalArgumentException("a retention keeps at least this month");
            }
        });
        this.months = months;
        this.retentionMonths = retentionMonths;
        this.clock = clock;
    }

    @Override
    public List<YearMonth> keep() {
        YearMonth now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        months.prepare(now, now.plusMonths(1));
        return retentionMonths
                .map(kept -> months.dropBefore(now.minusMonths(kept - 1L)))
                .orElse(List.of());
    }
}
