package io.lineengage.application.port.out.customer;

import io.lineengage.domain.customer.CustomerDraft;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.List;

/**
 * Upserts many customers by external ID at once, with the same rules as one write ({@link CustomerDraft#applyTo}):
 * what a row leaves out is kept, attributes merge, given tags replace. For imports of millions of rows.
 */
public interface CustomerBulkWriter {
    /** Writes the drafts (external IDs unique within the list); answers how many were created and updated. */
    Counts upsert(OrgId orgId, List<CustomerDraft> drafts, Instant now);

    record Counts(long created, long updated) {}
}
