package io.lineengage.application.port.out.campaign;

import java.time.YearMonth;
import java.util.List;

/**
 * The delivery ledger kept by months (the month, UTC, its campaign was created), so that a retention drops a whole
 * month at once instead of deleting its rows one by one.
 */
public interface LedgerMonths {
    /** Makes sure the months from {@code from} to {@code to} (inclusive) have their own storage. */
    void prepare(YearMonth from, YearMonth to);

    /** The months that have their own storage, oldest first. */
    List<YearMonth> months();

    /** Drops the ledger of every month before {@code month}; answers the months dropped, oldest first. */
    List<YearMonth> dropBefore(YearMonth month);
}
