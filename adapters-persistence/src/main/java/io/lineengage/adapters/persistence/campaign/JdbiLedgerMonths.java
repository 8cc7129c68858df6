package io.lineengage.adapters.persistence.campaign;

import io.lineengage.application.port.out.campaign.LedgerMonths;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The ledger's months as PostgreSQL partitions of {@code campaign_deliveries} (declarative range partitioning on
 * {@code ledger_month}), named {@code campaign_deliveries_YYYY_MM}. Every instance may run this: an advisory lock
 * lets one change the partitions at a time.
 */
final class JdbiLedgerMonths implements LedgerMonths {
    private static final Pattern NAME = Pattern.compile("campaign_deliveries_(\\d{4})_(\\d{2})");
    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyy_MM");

    private final Jdbi jdbi;

    JdbiLedgerMonths(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void prepare(YearMonth from, YearMonth to) {
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            YearMonth next = month;
            jdbi.useTransaction(handle -> {
                lock(handle);
                if (!months(handle).contains(next)) {
                    create(handle, next);
                }
            });
        }
    }

    /**
     * A month's partition. Rows of that month that reached the default partition first (no partition existed yet)
     * move into it, so that attaching it never fails on them.
     */
    private static void create(Handle handle, YearMonth month) {
        String table = table(month);
        LocalDate start = month.atDay(1);
        LocalDate end = month.plusMonths(1).atDay(1);
        boolean strays = handle.createQuery("SELECT EXISTS (SELECT 1 FROM campaign_deliveries_default"
                        + " WHERE ledger_month >= :start AND ledger_month < :end)")
                .bind("start", start)
                .bind("end", end)
                .mapTo(Boolean.class)
                .one();
        if (!strays) {
            handle.execute("CREATE TABLE " + table + " PARTITION OF campaign_deliveries FOR VALUES FROM ('" + start
                    + "') TO ('" + end + "')");
            return;
        }
        handle.execute(
                "CREATE TABLE " + table + " (LIKE campaign_deliveries INCLUDING DEFAULTS INCLUDING CONSTRAINTS)");
        handle.createUpdate("WITH moved AS (DELETE FROM campaign_deliveries_default"
                        + " WHERE ledger_month >= :start AND ledger_month < :end RETURNING *)"
                        + " INSERT INTO " + table + " SELECT * FROM moved")
                .bind("start", start)
                .bind("end", end)
                .execute();
        handle.execute("ALTER TABLE campaign_deliveries ATTACH PARTITION " + table + " FOR VALUES FROM ('" + start
                + "') TO ('" + end + "')");
    }

    @Override
    public List<YearMonth> months() {
        return jdbi.withHandle(JdbiLedgerMonths::months);
    }

    @Override
    public List<YearMonth> dropBefore(YearMonth month) {
        return jdbi.inTransaction(handle -> {
            lock(handle);
            List<YearMonth> dropped = new ArrayList<>();
            for (YearMonth kept : months(handle)) {
                if (kept.isBefore(month)) {
                    handle.execute("ALTER TABLE campaign_deliveries DETACH PARTITION " + table(kept));
                    handle.execute("DROP TABLE " + table(kept));
                    dropped.add(kept);
                }
            }
            // Rows that never had a month of their own go too, row by row (there are few, if any).
            handle.createUpdate("DELETE FROM campaign_deliveries_default WHERE ledger_month < :month")
                    .bind("month", month.atDay(1))
                    .execute();
            return dropped;
        });
    }

    private static List<YearMonth> months(Handle handle) {
        List<YearMonth> months = new ArrayList<>();
        for (String name : handle.createQuery("""
                        SELECT c.relname FROM pg_inherits i
                        JOIN pg_class c ON c.oid = i.inhrelid
                        JOIN pg_class p ON p.oid = i.inhparent
                        WHERE p.relname = 'campaign_deliveries' AND p.relnamespace = to_regnamespace(current_schema())
                        ORDER BY c.relname""").mapTo(String.class).list()) {
            Matcher matcher = NAME.matcher(name);
            if (matcher.matches()) {
                months.add(YearMonth.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
            }
        }
        return months;
    }

    /**
     * One instance at a time; and a change waits at most a second for the ledger (a long freeze holds it): while it
     * waits, every reader of the ledger would queue behind it. It is tried again on the next round.
     */
    private static void lock(Handle handle) {
        handle.execute("SET LOCAL lock_timeout = '1s'");
        handle.createQuery("SELECT CAST(pg_advisory_xact_lock(hashtext('campaign_deliveries months')) AS text)")
                .mapTo(String.class)
                .one();
    }

    private static String table(YearMonth month) {
        return "campaign_deliveries_" + month.format(SUFFIX);
    }
}
