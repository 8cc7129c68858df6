package io.lineengage.adapters.persistence.postgres;

import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import java.util.Map;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * The API's newest-first lists (campaigns, customers, customer lists, orgs): keyset pages over {@code (created_at,
 * id)} descending, the cursor being the last item's ID. A cursor that names no row of the list is refused.
 */
public final class NewestFirst {
    private NewestFirst() {}

    /**
     * {@code select} is {@code SELECT <columns> FROM <table>}; {@code where} filters the list (its binds in
     * {@code binds}) and must also hold for the cursor's row, so that a cursor from another org is refused.
     */
    public static <T> Page<T> page(
            Handle handle,
            String table,
            String select,
            String where,
            Map<String, ?> binds,
            PageRequest page,
            RowMapper<T> rows,
            Function<T, String> idOf) {
        if (page.cursor().isPresent()) {
            Query known = handle.createQuery("SELECT count(*) FROM " + table + " WHERE " + where + " AND id = :cursor");
            binds.forEach(known::bind);
            if (known.bind("cursor", page.cursor().get()).mapTo(Long.class).one() == 0) {
                throw ValidationException.of("cursor", "is not a cursor this list gave out");
            }
        }
        Query query = handle.createQuery(select + " WHERE " + where
                + (page.cursor().isPresent()
                        ? " AND (created_at, id) < (SELECT created_at, id FROM " + table + " WHERE id = :cursor)"
                        : "")
                + " ORDER BY created_at DESC, id DESC LIMIT :limit");
        binds.forEach(query::bind);
        return Page.fromOneMore(
                query.bind("cursor", page.cursor().orElse(null))
                        .bind("limit", page.limit() + 1)
                        .map(rows)
                        .list(),
                page.limit(),
                idOf);
    }
}
