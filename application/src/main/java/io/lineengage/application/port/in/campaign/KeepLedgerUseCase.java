package io.lineengage.application.port.in.campaign;

import java.time.YearMonth;
import java.util.List;

/** Keeps the delivery ledger's months: the coming ones made ahead, those past the retention dropped whole. */
public interface KeepLedgerUseCase {
    /** Answers the months dropped (none without a retention). */
    List<YearMonth> keep();
}
