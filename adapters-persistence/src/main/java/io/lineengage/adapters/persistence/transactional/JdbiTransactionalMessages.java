package io.lineengage.adapters.persistence.transactional;

import io.lineengage.adapters.json.JsonLikeJackson;
import io.lineengage.adapters.persistence.postgres.NewestFirst;
import io.lineengage.application.port.out.transactional.TransactionalMessages;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import io.lineengage.domain.template.TemplateId;
import io.lineengage.domain.transactional.MessageId;
import io.lineengage.domain.transactional.MessageRequest;
import io.lineengage.domain.transactional.MessageRoute;
import io.lineengage.domain.transactional.MessageStatus;
import io.lineengage.domain.transactional.TransactionalMessage;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;

/** Transactional messages in PostgreSQL; the idempotency key is unique per org, so racing requests store one. */
final class JdbiTransactionalMessages implements TransactionalMessages {
    private static final String COLUMNS = "id, org_id, idempotency_key, customer_id, template_id, request_messages,"
            + " request_gateway_ids, status, reason, gateway_id, account_id, line_user_id, messages,"
            + " notification_disabled, retry_key, line_request_id, failed_gateway_ids, attempts, held_until,"
            + " next_attempt_at, created_at, updated_at, phone";

    private final Jdbi jdbi;

    JdbiTransactionalMessages(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<TransactionalMessage> insertUnlessKeyTaken(TransactionalMessage message) {
        MessageRequest request = message.request();
        int inserted = jdbi.withHandle(handle -> state(
                        handle.createUpdate("INSERT INTO transactional_messages (" + COLUMNS + ") VALUES (:id, :orgId,"
                                + " :key, :customerId, :templateId, CAST(:requestMessages AS json),"
                                + " CAST(:requestGateways AS text[]), :status, :reason, :gatewayId, :accountId,"
                                + " :lineUserId, CAST(:messages AS json), :quiet, :retryKey, :lineRequestId,"
                                + " CAST(:failedGateways AS text[]), :attempts, :heldUntil, :nextAttemptAt,"
                                + " :createdAt, :updatedAt, :phone) ON CONFLICT (org_id, idempotency_key) DO NOTHING"),
                        message)
                .bind("orgId", message.orgId().value())
                .bind("key", message.idempotencyKey())
                .bind("customerId", request.customerId().value())
                .bind("templateId", request.templateId().map(TemplateId::value).orElse(null))
                .bind(
                        "requestMessages",
                        request.messages().map(JsonLikeJackson::write).orElse(null))
                .bindArray(
                        "requestGateways",
                        String.class,
                        request.gatewayIds().stream().map(GatewayId::value).toArray())
                .bind("createdAt", at(message.createdAt()))
                .execute());
        return inserted == 1 ? Optional.empty() : findByKey(message.orgId(), message.idempotencyKey());
    }

    @Override
    public Optional<TransactionalMessage> find(OrgId orgId, MessageId id) {
        return one("org_id = :orgId AND id = :id", Map.of("orgId", orgId.value(), "id", id.value()));
    }

    @Override
    public Optional<TransactionalMessage> findByKey(OrgId orgId, String idempotencyKey) {
        return one("org_id = :orgId AND idempotency_key = :key", Map.of("orgId", orgId.value(), "key", idempotencyKey));
    }

    private Optional<TransactionalMessage> one(String where, Map<String, ?> binds) {
        return jdbi.withHandle(handle -> {
            var query = handle.createQuery("SELECT " + COLUMNS + " FROM transactional_messages WHERE " + where);
            binds.forEach(query::bind);
            return query.map((rs, ctx) -> read(rs)).findOne();
        });
    }

    @Override
    public void save(TransactionalMessage message) {
        jdbi.useHandle(handle -> state(handle.createUpdate("""
                                UPDATE transactional_messages SET status = :status, reason = :reason,
                                    gateway_id = :gatewayId, account_id = :accountId, line_user_id = :lineUserId, phone = :phone,
                                    messages = CAST(:messages AS json), notification_disabled = :quiet,
                                    retry_key = :retryKey, line_request_id = :lineRequestId,
                                    failed_gateway_ids = CAST(:failedGateways AS text[]), attempts = :attempts,
                                    held_until = :heldUntil, next_attempt_at = :nextAttemptAt, updated_at = :updatedAt
                                WHERE id = :id AND status <> 'DELIVERED'"""), message).execute());
    }

    @Override
    public Optional<MessageId> markDelivered(OrgId orgId, String deliveryTag, Instant at) {
        // The delivery tag is the message's ID.
        return jdbi.withHandle(handle -> handle.createQuery("""
                        UPDATE transactional_messages SET status = 'DELIVERED', updated_at = :at
                        WHERE org_id = :orgId AND id = :tag AND phone IS NOT NULL
                            AND status IN ('SENT', 'UNCONFIRMED')
                        RETURNING id""")
                .bind("orgId", orgId.value())
                .bind("tag", deliveryTag)
                .bind("at", at(at))
                .mapTo(String.class)
                .findOne()
                .map(MessageId::new));
    }

    /** Binds what changes as the message goes: everything but the request and creation. */
    private static <S extends SqlStatement<S>> S state(S statement, TransactionalMessage message) {
        Optional<MessageRoute> route = message.route();
        return statement
                .bind("id", message.id().value())
                .bind("status", message.status().name())
                .bind("reason", message.reason().orElse(null))
                .bind("gatewayId", route.map(r -> r.gatewayId().value()).orElse(null))
                .bind("accountId", route.map(r -> r.accountId().value()).orElse(null))
                .bind(
                        "lineUserId",
                        route.map(MessageRoute::to)
                                .filter(MessageRoute.Addressee.LineUser.class::isInstance)
                                .map(to -> ((MessageRoute.Addressee.LineUser) to).userId())
                                .orElse(null))
                .bind(
                        "phone",
                        route.map(MessageRoute::to)
                                .filter(MessageRoute.Addressee.Phone.class::isInstance)
                                .map(to -> ((MessageRoute.Addressee.Phone) to).e164())
                                .orElse(null))
                .bind(
                        "messages",
                        route.map(r -> JsonLikeJackson.write(r.messages())).orElse(null))
                .bind("quiet", route.map(MessageRoute::notificationDisabled).orElse(false))
                .bind("retryKey", route.map(MessageRoute::retryKey).orElse(null))
                .bind("lineRequestId", message.lineRequestId().orElse(null))
                .bindArray(
                        "failedGateways",
                        String.class,
                        message.failedGateways().stream().map(GatewayId::value).toArray())
                .bind("attempts", message.attempts())
                .bind(
                        "heldUntil",
                        message.inFlightUntil()
                                .map(JdbiTransactionalMessages::at)
                                .orElse(null))
                .bind(
                        "nextAttemptAt",
                        message.nextAttemptAt()
                                .map(JdbiTransactionalMessages::at)
                                .orElse(null))
                .bind("updatedAt", at(message.updatedAt()));
    }

    @Override
    public List<TransactionalMessage> claimDue(Instant now, Duration hold, int max) {
        return jdbi.withHandle(handle -> handle.createQuery("UPDATE transactional_messages SET held_until = :until"
                        + " WHERE id IN (SELECT id FROM transactional_messages WHERE status = 'QUEUED'"
                        + " AND next_attempt_at <= :now AND (held_until IS NULL OR held_until <= :now)"
                        + " ORDER BY next_attempt_at LIMIT :max FOR UPDATE SKIP LOCKED) RETURNING " + COLUMNS)
                .bind("until", at(now.plus(hold)))
                .bind("now", at(now))
                .bind("max", max)
                .map((rs, ctx) -> read(rs))
                .list());
    }

    @Override
    public Page<TransactionalMessage> ofCustomer(OrgId orgId, CustomerId customerId, PageRequest page) {
        return jdbi.withHandle(handle -> NewestFirst.page(
                handle,
                "transactional_messages",
                "SELECT " + COLUMNS + " FROM transactional_messages",
                "org_id = :orgId AND customer_id = :customerId",
                Map.of("orgId", orgId.value(), "customerId", customerId.value()),
                page,
                (rs, ctx) -> read(rs),
                message -> message.id().value()));
    }

    private static TransactionalMessage read(ResultSet rs) throws SQLException {
        Optional<MessageRoute> route = rs.getString("gateway_id") == null
                ? Optional.empty()
                : Optional.of(new MessageRoute(
                        new GatewayId(rs.getString("gateway_id")),
                        new LineAccountId(rs.getString("account_id")),
                        rs.getString("phone") == null
                                ? new MessageRoute.Addressee.LineUser(rs.getString("line_user_id"))
                                : new MessageRoute.Addressee.Phone(rs.getString("phone")),
                        JsonLikeJackson.read(rs.getString("messages")),
                        rs.getBoolean("notification_disabled"),
                        rs.getObject("retry_key", UUID.class)));
        return new TransactionalMessage(
                new MessageId(rs.getString("id")),
                new OrgId(rs.getString("org_id")),
                rs.getString("idempotency_key"),
                new MessageRequest(
                        new CustomerId(rs.getString("customer_id")),
                        Optional.ofNullable(rs.getString("template_id")).map(TemplateId::new),
                        Optional.ofNullable(rs.getString("request_messages")).map(JsonLikeJackson::read),
                        gatewayIds(rs.getArray("request_gateway_ids"))),
                MessageStatus.valueOf(rs.getString("status")),
                Optional.ofNullable(rs.getString("reason")),
                route,
                Optional.ofNullable(rs.getString("line_request_id")),
                gatewayIds(rs.getArray("failed_gateway_ids")),
                rs.getInt("attempts"),
                instant(rs, "held_until"),
                instant(rs, "next_attempt_at"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private static List<GatewayId> gatewayIds(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(GatewayId::new).toList();
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
