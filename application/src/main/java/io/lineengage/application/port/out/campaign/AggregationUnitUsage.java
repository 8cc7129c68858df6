package io.lineengage.application.port.out.campaign;

import io.lineengage.domain.account.LineAccountId;
import java.time.YearMonth;

/** The aggregation unit names each channel spent in a LINE month, shared by every instance. */
public interface AggregationUnitUsage {
    /**
     * Whether the account's calls may carry {@code unit} in {@code month}: it was spent there already, or fewer than
     * {@code limit} names were, and it is spent now. Two instances never spend past the limit between them.
     */
    boolean spend(LineAccountId account, YearMonth month, String unit, int limit);

    int spent(LineAccountId account, YearMonth month);
}
