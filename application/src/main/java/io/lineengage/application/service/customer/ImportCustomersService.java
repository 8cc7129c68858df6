package io.lineengage.application.service.customer;

import io.lineengage.application.port.in.customer.ImportCustomersUseCase;
import io.lineengage.application.port.out.customer.AttributeCatalogue;
import io.lineengage.application.port.out.customer.CustomerBulkWriter;
import io.lineengage.application.port.out.customer.PhoneNumbers;
import io.lineengage.domain.customer.AttributeType;
import io.lineengage.domain.customer.CustomerDraft;
import io.lineengage.domain.error.FieldError;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.org.OrgId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Imports customers from a stream of rows: each row is read and checked on its own (a bad row is reported with its
 * line and reason; the good ones are kept), and good rows are upserted in chunks, so memory stays flat.
 */
public final class ImportCustomersService implements ImportCustomersUseCase {
    static final int CHUNK = 5_000;
    static final int REPORTED_REJECTIONS = 1_000;

    private final CustomerBulkWriter writer;
    private final AttributeCatalogue catalogue;
    private final CustomerInputs inputs;
    private final Clock clock;

    public ImportCustomersService(
            CustomerBulkWriter writer, AttributeCatalogue catalogue, PhoneNumbers phones, Clock clock) {
        this.writer = writer;
        this.catalogue = catalogue;
        this.inputs = new CustomerInputs(phones);
        this.clock = clock;
    }

    @Override
    public Report importRows(OrgId orgId, Iterator<Row> rows) {
        Map<String, AttributeType> known = new HashMap<>(catalogue.all(orgId));
        Map<String, Pending> chunk = new LinkedHashMap<>();
        List<Rejected> rejected = new ArrayList<>();
        List<Duplicate> duplicates = new ArrayList<>();
        long duplicateCount = 0;
        long rejectedCount = 0;
        long created = 0;
        long updated = 0;
        while (rows.hasNext()) {
            Row row = rows.next();
            String reason = null;
            if (row instanceof Row.Unreadable unreadable) {
                reason = unreadable.reason();
            } else {
                try {
                    CustomerDraft draft = inputs.draft(((Row.Customer) row).command(), known);
                    Pending earlier = chunk.get(draft.externalId());
                    if (earlier != null) {
                        // A chunk holds each external ID once: a later row is applied on top of the earlier one
                        // in memory (its fields win), so a file of one ID repeated costs no extra writes.
                        duplicateCount++;
                        if (duplicates.size() < REPORTED_REJECTIONS) {
                            duplicates.add(new Duplicate(row.line(), earlier.line(), draft.externalId()));
                        }
                        chunk.put(
                                draft.externalId(), new Pending(earlier.draft().then(draft), row.line()));
                    } else {
                        if (chunk.size() >= CHUNK) {
                            CustomerBulkWriter.Counts counts = write(orgId, chunk);
                            created += counts.created();
                            updated += counts.updated();
                            chunk.clear();
                        }
                        chunk.put(draft.externalId(), new Pending(draft, row.line()));
                    }
                } catch (ValidationException e) {
                    reason = e.errors().stream()
                                            .map(FieldError::field)
                                            .distinct()
                                            .count()
                                    == 0
                            ? e.getMessage()
                            : e.errors().stream()
                                    .map(error -> error.field() + " " + error.message())
                                    .collect(Collectors.joining("; "));
                }
            }
            if (reason != null) {
                rejectedCount++;
                if (rejected.size() < REPORTED_REJECTIONS) {
                    rejected.add(new Rejected(row.line(), reason));
                }
            }
        }
        if (!chunk.isEmpty()) {
            CustomerBulkWriter.Counts counts = write(orgId, chunk);
            created += counts.created();
            updated += counts.updated();
        }
        return new Report(created, updated, rejectedCount, rejected, duplicateCount, duplicates);
    }

    /** A chunk's draft for one external ID, and the line of the last row that wrote it. */
    private record Pending(CustomerDraft draft, long line) {}

    private CustomerBulkWriter.Counts write(OrgId orgId, Map<String, Pending> chunk) {
        return writer.upsert(orgId, chunk.values().stream().map(Pending::draft).toList(), clock.instant());
    }
}
