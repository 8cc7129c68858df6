package io.lineengage.bootstrap;

import io.lineengage.application.port.out.campaign.LedgerMonths;
import io.lineengage.application.service.campaign.LedgerRetention;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the delivery ledger's months, at start and every hour: the coming months made ahead, and with a retention,
 * the months past it dropped whole.
 */
final class LedgerWorker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LedgerWorker.class);

    private final LedgerMonths months;
    private final Clock clock;
    private WorkerLoop loop;

    LedgerWorker(LedgerMonths months, Clock clock) {
        this.months = months;
        this.clock = clock;
    }

    /** {@code retentionMonths}: the months kept, this one included; empty keeps every month. */
    synchronized void start(Optional<Integer> retentionMonths) {
        if (loop == null) {
            LedgerRetention retention = new LedgerRetention(months, retentionMonths, clock);
            loop = new WorkerLoop(
                    new WorkerLoop.Shape("ledger-worker", 1, Duration.ofHours(1), Duration.ofMinutes(1), true),
                    (thread, running) -> {
                        List<YearMonth> dropped = retention.keep();
                        if (!dropped.isEmpty()) {
                            LOG.info(
                                    "delivery ledger: months {} dropped (retention {} months)",
                                    dropped,
                                    retentionMonths.orElseThrow());
                        }
                    });
            loop.start();
        }
    }

    @Override
    public synchronized void close() {
        if (loop != null) {
            loop.close();
            loop = null;
        }
    }
}
