package io.lineengage.adapters.persistence.gateway;

import io.lineengage.application.port.out.gateway.GatewayRepository;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.gateway.Gateway;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.gateway.PriorityClass;
import io.lineengage.domain.org.OrgId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;

/** Gateways in PostgreSQL. */
final class JdbiGateways implements GatewayRepository {
    private static final String COLUMNS = "id, org_id, account_id, weight, priority, active_from, active_until,"
            + " is_default, created_at, updated_at";

    private final Jdbi jdbi;

    JdbiGateways(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(Gateway gateway) {
        jdbi.useHandle(handle -> bind(handle.createUpdate("""
                INSERT INTO gateways (id, org_id, account_id, weight, priority, active_from, active_until, is_default,
                    created_at, updated_at)
                VALUES (:id, :orgId, :accountId, :weight, :priority, :activeFrom, :activeUntil, :isDefault,
                    :createdAt, :updatedAt)"""), gateway).execute());
    }

    @Override
    public Optional<Gateway> find(OrgId orgId, GatewayId id) {
        return jdbi.withHandle(
                handle -> handle.createQuery("SELECT " + COLUMNS + " FROM gateways WHERE org_id = :orgId AND id = :id")
                        .bind("orgId", orgId.value())
                        .bind("id", id.value())
                        .map((rs, ctx) -> gateway(rs))
                        .findOne());
    }

    @Override
    public List<Gateway> all(OrgId orgId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + " FROM gateways WHERE org_id = :orgId ORDER BY created_at, id")
                .bind("orgId", orgId.value())
                .map((rs, ctx) -> gateway(rs))
                .list());
    }

    @Override
    public boolean update(Gateway gateway) {
        return jdbi.withHandle(handle -> bind(handle.createUpdate("""
                UPDATE gateways SET account_id = :accountId, weight = :weight, priority = :priority,
                    active_from = :activeFrom, active_until = :activeUntil, is_default = :isDefault,
                    updated_at = :updatedAt
                WHERE org_id = :orgId AND id = :id"""), gateway).execute()) == 1;
    }

    @Override
    public boolean delete(OrgId orgId, GatewayId id) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM gateways WHERE org_id = :orgId AND id = :id")
                        .bind("orgId", orgId.value())
                        .bind("id", id.value())
                        .execute())
                == 1;
    }

    private static Update bind(Update update, Gateway gateway) {
        return update.bind("id", gateway.id().value())
                .bind("orgId", gateway.orgId().value())
                .bind("accountId", gateway.accountId().value())
                .bind("weight", gateway.weight())
                .bind("priority", gateway.priority().name())
                .bind("activeFrom", gateway.activeFrom().map(JdbiGateways::utc).orElse(null))
                .bind(
                        "activeUntil",
                        gateway.activeUntil().map(JdbiGateways::utc).orElse(null))
                .bind("isDefault", gateway.isDefault())
                .bind("createdAt", utc(gateway.createdAt()))
                .bind("updatedAt", utc(gateway.updatedAt()));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Optional<Instant> instant(Timestamp timestamp) {
        return Optional.ofNullable(timestamp).map(Timestamp::toInstant);
    }

    private static Gateway gateway(ResultSet rs) throws SQLException {
        return new Gateway(
                new GatewayId(rs.getString("id")),
                new OrgId(rs.getString("org_id")),
                new LineAccountId(rs.getString("account_id")),
                rs.getInt("weight"),
                PriorityClass.valueOf(rs.getString("priority")),
                instant(rs.getTimestamp("active_from")),
                instant(rs.getTimestamp("active_until")),
                rs.getBoolean("is_default"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
