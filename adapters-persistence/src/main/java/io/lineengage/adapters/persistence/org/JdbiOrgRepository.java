package io.lineengage.adapters.persistence.org;

import io.lineengage.adapters.persistence.postgres.NewestFirst;
import io.lineengage.adapters.persistence.postgres.PostgresErrors;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.domain.error.ConflictException;
import io.lineengage.domain.org.Org;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

final class JdbiOrgRepository implements OrgRepository {
    private final Jdbi jdbi;
    private final OrgDao dao;

    JdbiOrgRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.dao = jdbi.onDemand(OrgDao.class);
    }

    @Override
    public void insert(Org org) {
        try {
            dao.insert(OrgRow.from(org));
        } catch (RuntimeException e) {
            if (PostgresErrors.isUniqueViolation(e)) {
                throw new ConflictException("org " + org.id() + " exists");
            }
            throw e;
        }
    }

    @Override
    public Optional<Org> findById(OrgId id) {
        return dao.findById(id.value()).map(OrgRow::toDomain);
    }

    @Override
    public Page<Org> list(PageRequest page) {
        return jdbi.withHandle(handle -> NewestFirst.page(
                handle,
                "orgs",
                "SELECT id, name, time_zone, created_at FROM orgs",
                "true",
                Map.of(),
                page,
                (rs, ctx) -> new OrgRow(
                                rs.getString("id"),
                                rs.getString("name"),
                                rs.getString("time_zone"),
                                rs.getTimestamp("created_at").toInstant())
                        .toDomain(),
                org -> org.id().value()));
    }
}
