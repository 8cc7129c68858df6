package io.lineengage.adapters.persistence.audience;

import io.lineengage.adapters.persistence.customer.CustomerRows;
import io.lineengage.application.port.out.audience.AudienceQuery;
import io.lineengage.domain.audience.EvaluationTime;
import io.lineengage.domain.audience.Filter;
import io.lineengage.domain.customer.AttributeType;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.org.OrgId;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** Audiences counted and sampled by one SQL query over the live tables. */
final class JdbiAudienceQuery implements AudienceQuery {
    private final Jdbi jdbi;

    JdbiAudienceQuery(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public long count(OrgId orgId, Filter filter, EvaluationTime time) {
        FilterSql sql = FilterSql.compile(filter, time);
        return jdbi.withHandle(handle -> sql.bind(handle.createQuery(
                        "SELECT count(*) FROM customers c WHERE c.org_id = :orgId AND " + sql.condition()))
                .bind("orgId", orgId.value()).mapTo(Long.class).one());
    }

    @Override
    public List<Customer> sample(OrgId orgId, Filter filter, EvaluationTime time, int limit,
                                 Map<String, AttributeType> attributeTypes) {
        FilterSql sql = FilterSql.compile(filter, time);
        return jdbi.withHandle(handle -> sql.bind(handle.createQuery("SELECT " + CustomerRows.COLUMNS + " FROM customers c WHERE c.org_id = :orgId AND " + sql.condition()
                        + " ORDER BY c.created_at, c.id LIMIT :limit"))
                .bind("orgId", orgId.value()).bind("limit", limit)
                .map((rs, ctx) -> CustomerRows.read(rs, attributeTypes)).list());
    }
}
