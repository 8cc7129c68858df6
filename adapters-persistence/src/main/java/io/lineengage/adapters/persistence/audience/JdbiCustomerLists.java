package io.lineengage.adapters.persistence.audience;

import io.lineengage.adapters.persistence.postgres.NewestFirst;
import io.lineengage.application.port.out.audience.CustomerListRepository;
import io.lineengage.domain.audience.CustomerList;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Uploaded customer lists in PostgreSQL. */
final class JdbiCustomerLists implements CustomerListRepository {
    private final Jdbi jdbi;

    JdbiCustomerLists(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(CustomerList list, Set<CustomerId> members) {
        jdbi.useTransaction(handle -> {
            handle.createUpdate("""
                            INSERT INTO customer_lists (id, org_id, name, size, created_at)
                            VALUES (:id, :orgId, :name, :size, :createdAt)""")
                    .bind("id", list.id())
                    .bind("orgId", list.orgId().value())
                    .bind("name", list.name())
                    .bind("size", list.size())
                    .bind("createdAt", list.createdAt().atOffset(ZoneOffset.UTC))
                    .execute();
            PreparedBatch batch = handle.prepareBatch(
                    "INSERT INTO customer_list_members (list_id, customer_id) VALUES (:listId, :customerId)");
            for (CustomerId member : members) {
                batch.bind("listId", list.id())
                        .bind("customerId", member.value())
                        .add();
            }
            if (!members.isEmpty()) {
                batch.execute();
            }
        });
    }

    @Override
    public Optional<CustomerList> find(OrgId orgId, String id) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT id, org_id, name, size, created_at FROM customer_lists WHERE org_id = :orgId AND id = :id")
                .bind("orgId", orgId.value())
                .bind("id", id)
                .map((rs, ctx) -> new CustomerList(
                        rs.getString("id"),
                        new OrgId(rs.getString("org_id")),
                        rs.getString("name"),
                        rs.getLong("size"),
                        rs.getTimestamp("created_at").toInstant()))
                .findOne());
    }

    @Override
    public Page<CustomerList> list(OrgId orgId, PageRequest page) {
        return jdbi.withHandle(handle -> NewestFirst.page(
                handle,
                "customer_lists",
                "SELECT id, org_id, name, size, created_at FROM customer_lists",
                "org_id = :orgId",
                Map.of("orgId", orgId.value()),
                page,
                (rs, ctx) -> new CustomerList(
                        rs.getString("id"),
                        new OrgId(rs.getString("org_id")),
                        rs.getString("name"),
                        rs.getLong("size"),
                        rs.getTimestamp("created_at").toInstant()),
                CustomerList::id));
    }

    @Override
    public Set<String> ids(OrgId orgId) {
        return new HashSet<>(
                jdbi.withHandle(handle -> handle.createQuery("SELECT id FROM customer_lists WHERE org_id = :orgId")
                        .bind("orgId", orgId.value())
                        .mapTo(String.class)
                        .list()));
    }

    @Override
    public Map<String, CustomerId> resolve(OrgId orgId, Collection<String> references) {
        Map<String, CustomerId> found = new HashMap<>();
        if (references.isEmpty()) {
            return found;
        }
        jdbi.useHandle(handle -> handle.createQuery("""
                        SELECT r.ref, c.id FROM unnest(:refs) AS r(ref)
                        JOIN customers c ON c.org_id = :orgId AND (c.id = r.ref OR c.external_id = r.ref)""")
                .bind("orgId", orgId.value())
                .bindArray("refs", String.class, references.toArray())
                .map((rs, ctx) -> Map.entry(rs.getString(1), new CustomerId(rs.getString(2))))
                .forEach(entry -> found.putIfAbsent(entry.getKey(), entry.getValue())));
        return found;
    }
}
