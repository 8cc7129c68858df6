package io.lineengage.adapters.persistence.template;

import io.lineengage.adapters.json.JsonLikeJackson;
import io.lineengage.application.port.out.template.TemplateRepository;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import io.lineengage.domain.template.Template;
import io.lineengage.domain.template.TemplateId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Templates in PostgreSQL; the messages as json, as written. */
final class JdbiTemplates implements TemplateRepository {
    private static final String COLUMNS =
            "id, org_id, name, messages::text AS messages, notification_disabled, track_clicks, created_at, updated_at";

    private final Jdbi jdbi;

    JdbiTemplates(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(Template template) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO templates (id, org_id, name, messages, notification_disabled, track_clicks,
                            created_at, updated_at)
                        VALUES (:id, :orgId, :name, CAST(:messages AS json), :quiet, :tracked, :createdAt, :updatedAt)""")
                .bind("tracked", template.trackClicks())
                .bind("id", template.id().value())
                .bind("orgId", template.orgId().value())
                .bind("name", template.name())
                .bind("messages", JsonLikeJackson.write(template.messages()))
                .bind("quiet", template.notificationDisabled())
                .bind("createdAt", template.createdAt().atOffset(ZoneOffset.UTC))
                .bind("updatedAt", template.updatedAt().atOffset(ZoneOffset.UTC))
                .execute());
    }

    @Override
    public Optional<Template> find(OrgId orgId, TemplateId id) {
        return jdbi.withHandle(
                handle -> handle.createQuery("SELECT " + COLUMNS + " FROM templates WHERE org_id = :orgId AND id = :id")
                        .bind("orgId", orgId.value())
                        .bind("id", id.value())
                        .map((rs, ctx) -> template(rs))
                        .findOne());
    }

    @Override
    public Page<Template> list(OrgId orgId, PageRequest page) {
        List<Template> rows = jdbi.withHandle(handle -> {
            if (page.cursor().isPresent()
                    && handle.createQuery("SELECT count(*) FROM templates WHERE org_id = :orgId AND id = :cursor")
                                    .bind("orgId", orgId.value())
                                    .bind("cursor", page.cursor().get())
                                    .mapTo(Long.class)
                                    .one()
                            == 0) {
                throw ValidationException.of("cursor", "is not a cursor this list gave out");
            }
            return handle.createQuery("SELECT " + COLUMNS + " FROM templates WHERE org_id = :orgId"
                            + (page.cursor().isPresent()
                                    ? " AND (created_at, id) > (SELECT created_at, id FROM"
                                            + " templates WHERE id = :cursor)"
                                    : "")
                            + " ORDER BY created_at, id LIMIT :limit")
                    .bind("orgId", orgId.value())
                    .bind("cursor", page.cursor().orElse(null))
                    .bind("limit", page.limit() + 1)
                    .map((rs, ctx) -> template(rs))
                    .list();
        });
        return Page.fromOneMore(rows, page.limit(), template -> template.id().value());
    }

    @Override
    public boolean update(Template template) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE templates SET name = :name, messages = CAST(:messages AS json),
                            notification_disabled = :quiet, track_clicks = :tracked, updated_at = :updatedAt
                        WHERE org_id = :orgId AND id = :id""")
                        .bind("id", template.id().value())
                        .bind("orgId", template.orgId().value())
                        .bind("name", template.name())
                        .bind("messages", JsonLikeJackson.write(template.messages()))
                        .bind("quiet", template.notificationDisabled())
                        .bind("tracked", template.trackClicks())
                        .bind("updatedAt", template.updatedAt().atOffset(ZoneOffset.UTC))
                        .execute())
                == 1;
    }

    @Override
    public boolean delete(OrgId orgId, TemplateId id) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM templates WHERE org_id = :orgId AND id = :id")
                        .bind("orgId", orgId.value())
                        .bind("id", id.value())
                        .execute())
                == 1;
    }

    private static Template template(ResultSet rs) throws SQLException {
        return new Template(
                new TemplateId(rs.getString("id")),
                new OrgId(rs.getString("org_id")),
                rs.getString("name"),
                JsonLikeJackson.read(rs.getString("messages")),
                rs.getBoolean("notification_disabled"),
                rs.getBoolean("track_clicks"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
