package io.lineengage.adapters.persistence.journey;

import io.lineengage.adapters.json.JsonLikeJackson;
import io.lineengage.adapters.persistence.postgres.NewestFirst;
import io.lineengage.application.port.out.journey.Journeys;
import io.lineengage.domain.journey.Journey;
import io.lineengage.domain.journey.JourneyDefinition;
import io.lineengage.domain.journey.JourneyId;
import io.lineengage.domain.journey.JourneyReader;
import io.lineengage.domain.journey.JourneyStatus;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Journeys in PostgreSQL, each version's definition kept as the JSON it was written in. */
final class JdbiJourneys implements Journeys {
    private static final String SELECT = "SELECT j.id, j.org_id, j.name, j.status, j.version, j.created_at,"
            + " j.updated_at, v.definition FROM journeys j JOIN journey_versions v"
            + " ON v.journey_id = j.id AND v.version = j.version";

    private final Jdbi jdbi;

    JdbiJourneys(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(Journey journey) {
        jdbi.useTransaction(handle -> {
            handle.createUpdate("""
                            INSERT INTO journeys (id, org_id, name, status, version, trigger, created_at, updated_at)
                            VALUES (:id, :orgId, :name, :status, :version, :trigger, :createdAt, :updatedAt)""")
                    .bind("id", journey.id().value())
                    .bind("orgId", journey.orgId().value())
                    .bind("name", journey.name())
                    .bind("status", journey.status().name())
                    .bind("version", journey.version())
                    .bind("trigger", journey.definition().trigger().kind())
                    .bind("createdAt", journey.createdAt())
                    .bind("updatedAt", journey.updatedAt())
                    .execute();
            version(handle, journey);
        });
    }

    @Override
    public void save(Journey journey) {
        jdbi.useTransaction(handle -> {
            handle.createUpdate("""
                            UPDATE journeys SET name = :name, status = :status, version = :version, trigger = :trigger,
                                updated_at = :updatedAt
                            WHERE id = :id AND org_id = :orgId""")
                    .bind("id", journey.id().value())
                    .bind("orgId", journey.orgId().value())
                    .bind("name", journey.name())
                    .bind("status", journey.status().name())
                    .bind("version", journey.version())
                    .bind("trigger", journey.definition().trigger().kind())
                    .bind("updatedAt", journey.updatedAt())
                    .execute();
            version(handle, journey);
        });
    }

    private static void version(Handle handle, Journey journey) {
        handle.createUpdate("""
                        INSERT INTO journey_versions (journey_id, version, definition)
                        VALUES (:id, :version, CAST(:definition AS json)) ON CONFLICT DO NOTHING""")
                .bind("id", journey.id().value())
                .bind("version", journey.version())
                .bind("definition", JsonLikeJackson.write(journey.definition().source()))
                .execute();
    }

    @Override
    public Optional<Journey> find(OrgId orgId, JourneyId id) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + " WHERE j.org_id = :orgId AND j.id = :id")
                .bind("orgId", orgId.value())
                .bind("id", id.value())
                .map((rs, ctx) -> read(rs))
                .findOne());
    }

    @Override
    public Page<Journey> list(OrgId orgId, PageRequest page) {
        return jdbi.withHandle(handle -> NewestFirst.page(
                handle,
                "journeys",
                "SELECT j.* , v.definition FROM journeys j JOIN journey_versions v"
                        + " ON v.journey_id = j.id AND v.version = j.version",
                "org_id = :orgId",
                Map.of("orgId", orgId.value()),
                page,
                (rs, ctx) -> read(rs),
                journey -> journey.id().value()));
    }

    @Override
    public List<Journey> active(OrgId orgId, String triggerKind) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        SELECT + " WHERE j.org_id = :orgId AND j.status = 'ACTIVE' AND j.trigger = :trigger")
                .bind("orgId", orgId.value())
                .bind("trigger", triggerKind)
                .map((rs, ctx) -> read(rs))
                .list());
    }

    @Override
    public List<Journey> activeEverywhere(String triggerKind) {
        return jdbi.withHandle(
                handle -> handle.createQuery(SELECT + " WHERE j.status = 'ACTIVE' AND j.trigger = :trigger")
                        .bind("trigger", triggerKind)
                        .map((rs, ctx) -> read(rs))
                        .list());
    }

    @Override
    public boolean claimDay(JourneyId id, LocalDate day) {
        return jdbi.withHandle(handle -> handle.createUpdate(
                                "INSERT INTO journey_days (journey_id, day) VALUES (:id, :day) ON CONFLICT DO NOTHING")
                        .bind("id", id.value())
                        .bind("day", day)
                        .execute())
                == 1;
    }

    @Override
    public Optional<JourneyDefinition> version(JourneyId id, int version) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT definition FROM journey_versions WHERE journey_id = :id AND version = :version")
                .bind("id", id.value())
                .bind("version", version)
                .mapTo(String.class)
                .findOne()
                .map(json -> JourneyReader.read(JsonLikeJackson.read(json), "")));
    }

    private static Journey read(ResultSet rs) throws SQLException {
        return new Journey(
                new JourneyId(rs.getString("id")),
                new OrgId(rs.getString("org_id")),
                rs.getString("name"),
                JourneyStatus.valueOf(rs.getString("status")),
                rs.getInt("version"),
                JourneyReader.read(JsonLikeJackson.read(rs.getString("definition")), ""),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
