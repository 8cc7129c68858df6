package io.lineengage.adapters.persistence.campaign;

import io.lineengage.application.port.out.campaign.AggregationUnitUsage;
import io.lineengage.domain.account.LineAccountId;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Names spent per channel and month; a transaction-scoped advisory lock per channel keeps the count exact. */
final class JdbiAggregationUnitUsage implements AggregationUnitUsage {
    private final Jdbi jdbi;

    JdbiAggregationUnitUsage(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean spend(LineAccountId account, YearMonth month, String unit, int limit) {
        return jdbi.inTransaction(handle -> {
            handle.createQuery("SELECT pg_advisory_xact_lock(hashtext('aggregation-units:' || :account))")
                    .bind("account", account.value())
                    .mapTo(String.class)
                    .one();
            boolean spentBefore = handle.createQuery("SELECT count(*) FROM aggregation_unit_usage"
                                    + " WHERE account_id = :account AND month = :month AND unit = :unit")
                            .bind("account", account.value())
                            .bind("month", month.toString())
                            .bind("unit", unit)
                            .mapTo(Long.class)
                            .one()
                    > 0;
            if (spentBefore) {
                return true;
            }
            if (count(handle, account, month) >= limit) {
                return false;
            }
            handle.createUpdate("INSERT INTO aggregation_unit_usage (account_id, month, unit, spent_at)"
                            + " VALUES (:account, :month, :unit, :at)")
                    .bind("account", account.value())
                    .bind("month", month.toString())
                    .bind("unit", unit)
                    .bind("at", OffsetDateTime.now(ZoneOffset.UTC))
                    .execute();
            return true;
        });
    }

    @Override
    public int spent(LineAccountId account, YearMonth month) {
        return jdbi.withHandle(handle -> count(handle, account, month));
    }

    private static int count(Handle handle, LineAccountId account, YearMonth month) {
        return handle.createQuery(
                        "SELECT count(*) FROM aggregation_unit_usage WHERE account_id = :account AND month = :month")
                .bind("account", account.value())
                .bind("month", month.toString())
                .mapTo(Integer.class)
                .one();
    }
}
