package io.lineengage.application.port.in.customer;

import io.lineengage.domain.org.OrgId;
import java.util.Iterator;
import java.util.List;

public interface ImportCustomersUseCase {
    /**
     * Upserts every readable, valid row (streamed: memory stays flat whatever the size); bad rows are reported with
     * their line and reason, and the good ones are kept.
     */
    Report importRows(OrgId orgId, Iterator<Row> rows);

    /** One input row: a command, or a line that could not even be read. */
    sealed interface Row {
        long line();

        record Customer(UpsertCustomerCommand command) implements Row {
            public long line() {
                return command.line();
            }
        }

        record Unreadable(long line, String reason) implements Row {}
    }

    record Rejected(long line, String reason) {}

    /** A row whose external ID an earlier row of the same import named: its fields win over that row's. */
    record Duplicate(long line, long earlierLine, String externalId) {}

    /**
     * {@code rejected} lists the first rejected rows (up to a limit); {@code rejectedCount} counts them all; likewise
     * {@code duplicates} and {@code duplicateCount} for rows whose external ID came earlier in the import.
     */
    record Report(
            long created,
            long updated,
            long rejectedCount,
            List<Rejected> rejected,
            long duplicateCount,
            List<Duplicate> duplicates) {}
}
