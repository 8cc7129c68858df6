package io.lineengage.adapters.persistence.customer;

import io.lineengage.application.port.out.customer.CustomerBulkWriter;
import io.lineengage.domain.customer.CustomerDraft;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.org.OrgId;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;

/**
 * Bulk upsert for imports: the drafts are streamed with COPY into a temporary table, then merged into customers
 * with one INSERT … ON CONFLICT DO UPDATE that applies the same rules as a single write (what a row leaves out is
 * kept; attributes merge; given tags replace). {@code xmax = 0} tells a created row from an updated one.
 */
final class CopyCustomerBulkWriter implements CustomerBulkWriter {
    private final Jdbi jdbi;

    CopyCustomerBulkWriter(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Counts upsert(OrgId orgId, List<CustomerDraft> drafts, Instant now) {
        if (drafts.isEmpty()) {
            return new Counts(0, 0);
        }
        return jdbi.inTransaction(handle -> {
            AttributeRegistrations.registerMissing(
                    handle,
                    orgId,
                    AttributeRegistrations.typesOf(
                            drafts.stream().map(CustomerDraft::attributes).toList()));
            handle.execute("""
                    CREATE TEMP TABLE customer_import (id text, external_id text, name text, mobile text, email text,
                        attributes jsonb, tags text[]) ON COMMIT DROP""");
            StringBuilder rows = new StringBuilder(drafts.size() * 128);
            for (CustomerDraft draft : drafts) {
                field(rows, CustomerId.generate().value()).append(',');
                field(rows, draft.externalId()).append(',');
                field(rows, draft.name().orElse(null)).append(',');
                field(rows, draft.mobile().orElse(null)).append(',');
                field(rows, draft.email().orElse(null)).append(',');
                field(rows, AttributeJson.write(draft.attributes())).append(',');
                field(rows, draft.tags().map(TextArrays::literal).orElse(null)).append('\n');
            }
            try {
                handle.getConnection()
                        .unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn("COPY customer_import FROM STDIN (FORMAT csv)", new StringReader(rows.toString()));
            } catch (SQLException e) {
                throw new IllegalStateException("COPY into the import table failed", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            handle.execute("CREATE INDEX ON customer_import (external_id)");
            List<Boolean> created = handle.createQuery("""
                            INSERT INTO customers AS c (id, org_id, external_id, name, mobile, email, attributes, tags,
                                kind, created_at, updated_at)
                            SELECT id, :orgId, external_id, name, mobile, email, attributes, COALESCE(tags, '{}'),
                                'REGULAR', :now, :now FROM customer_import
                            ON CONFLICT (org_id, external_id) DO UPDATE SET
                                name = COALESCE(EXCLUDED.name, c.name),
                                mobile = COALESCE(EXCLUDED.mobile, c.mobile),
                                email = COALESCE(EXCLUDED.email, c.email),
                                attributes = c.attributes || EXCLUDED.attributes,
                                tags = COALESCE((SELECT i.tags FROM customer_import i
                                                 WHERE i.external_id = EXCLUDED.external_id), c.tags),
                                updated_at = EXCLUDED.updated_at
                            RETURNING (xmax = 0) AS created""")
                    .bind("orgId", orgId.value())
                    .bind("now", now)
                    .mapTo(Boolean.class)
                    .list();
            long inserted = created.stream().filter(Boolean::booleanValue).count();
            return new Counts(inserted, created.size() - inserted);
        });
    }

    /** One CSV field: empty (unquoted) is SQL NULL; anything else is quoted, with quotes doubled. */
    private static StringBuilder field(StringBuilder out, String value) {
        if (value == null) {
            return out;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        return out.append('"');
    }
}
