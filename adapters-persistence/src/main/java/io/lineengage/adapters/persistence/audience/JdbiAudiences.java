package io.lineengage.adapters.persistence.audience;

import io.lineengage.adapters.json.JsonLikeJackson;
import io.lineengage.application.port.out.audience.AudienceRepository;
import io.lineengage.domain.audience.Audience;
import io.lineengage.domain.audience.AudienceId;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Saved audiences in PostgreSQL; the filter is kept as json, as written. */
final class JdbiAudiences implements AudienceRepository {
    private static final String COLUMNS = "id, org_id, name, filter::text AS filter, created_at, updated_at";

    private final Jdbi jdbi;

    JdbiAudiences(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(Audience audience) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO audiences (id, org_id, name, filter, created_at, updated_at)
                        VALUES (:id, :orgId, :name, CAST(:filter AS json), :createdAt, :updatedAt)""")
                .bind("id", audience.id().value())
                .bind("orgId", audience.orgId().value())
                .bind("name", audience.name())
                .bind("filter", JsonLikeJackson.write(audience.filter()))
                .bind("createdAt", audience.createdAt().atOffset(ZoneOffset.UTC))
                .bind("updatedAt", audience.updatedAt().atOffset(ZoneOffset.UTC))
                .execute());
    }

    @Override
    public Optional<Audience> find(OrgId orgId, AudienceId id) {
        return jdbi.withHandle(
                handle -> handle.createQuery("SELECT " + COLUMNS + " FROM audiences WHERE org_id = :orgId AND id = :id")
                        .bind("orgId", orgId.value())
                        .bind("id", id.value())
                        .map((rs, ctx) -> audience(rs))
                        .findOne());
    }

    @Override
    public Page<Audience> list(OrgId orgId, PageRequest page) {
        List<Audience> rows = jdbi.withHandle(handle -> {
            if (page.cursor().isPresent()
                    && handle.createQuery("SELECT count(*) FROM audiences WHERE org_id = :orgId AND id = :cursor")
                                    .bind("orgId", orgId.value())
                                    .bind("cursor", page.cursor().get())
                                    .mapTo(Long.class)
                                    .one()
                            == 0) {
                throw ValidationException.of("cursor", "is not a cursor this list gave out");
            }
            return handle.createQuery("SELECT " + COLUMNS + " FROM audiences a WHERE org_id = :orgId"
                            + (page.cursor().isPresent()
                                    ? " AND (created_at, id) > (SELECT created_at, id FROM"
                                            + " audiences WHERE id = :cursor)"
                                    : "")
                            + " ORDER BY created_at, id LIMIT :limit")
                    .bind("orgId", orgId.value())
                    .bind("cursor", page.cursor().orElse(null))
                    .bind("limit", page.limit() + 1)
                    .map((rs, ctx) -> audience(rs))
                    .list();
        });
        return Page.fromOneMore(rows, page.limit(), audience -> audience.id().value());
    }

    @Override
    public boolean update(Audience audience) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE audiences SET name = :name, filter = CAST(:filter AS json), updated_at = :updatedAt
                        WHERE org_id = :orgId AND id = :id""")
                        .bind("id", audience.id().value())
                        .bind("orgId", audience.orgId().value())
                        .bind("name", audience.name())
                        .bind("filter", JsonLikeJackson.write(audience.filter()))
                        .bind("updatedAt", audience.updatedAt().atOffset(ZoneOffset.UTC))
                        .execute())
                == 1;
    }

    @Override
    public boolean delete(OrgId orgId, AudienceId id) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM audiences WHERE org_id = :orgId AND id = :id")
                        .bind("orgId", orgId.value())
                        .bind("id", id.value())
                        .execute())
                == 1;
    }

    private static Audience audience(ResultSet rs) throws SQLException {
        return new Audience(
                new AudienceId(rs.getString("id")),
                new OrgId(rs.getString("org_id")),
                rs.getString("name"),
                JsonLikeJackson.read(rs.getString("filter")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
