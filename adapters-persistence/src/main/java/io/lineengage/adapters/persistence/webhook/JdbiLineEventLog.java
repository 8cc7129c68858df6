package io.lineengage.adapters.persistence.webhook;

import io.lineengage.application.port.out.webhook.LineEventLog;
import io.lineengage.application.port.out.webhook.PendingEvent;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.webhook.EventEnvelope;
import io.lineengage.domain.webhook.EventMode;
import io.lineengage.domain.webhook.LineEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;

/** The webhook event log: one row per event, keyed by account and LINE's webhook event ID. */
final class JdbiLineEventLog implements LineEventLog {
    private final Jdbi jdbi;

    JdbiLineEventLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** One delivery's events, waiting to be written with others'. */
    private record Delivery(OrgId orgId, LineAccountId accountId, List<LineEvent> events, Instant receivedAt) {}

    private static final int MAX_DELIVERIES_PER_WRITE = 256;
    /** 14 parameters a row: 2,000 rows stay well below PostgreSQL's 65,535 parameters a statement. */
    static final int ROWS_PER_INSERT = 2_000;

    private static final String COLUMNS = "account_id, webhook_event_id, org_id, event_type, mode, occurred_at,"
            + " line_user_id, redelivery, unblocked, message_type, content, nonce, raw, received_at, reply_token";

    private final GroupCommit<Delivery, List<LineEvent>> writes =
            new GroupCommit<>(MAX_DELIVERIES_PER_WRITE, this::write);

    @Override
    public List<LineEvent> storeNew(OrgId orgId, LineAccountId accountId, List<LineEvent> events, Instant receivedAt) {
        if (events.isEmpty()) {
            return List.of();
        }
        return writes.submit(new Delivery(orgId, accountId, List.copyOf(events), receivedAt));
    }

    /** One row to insert: the event, and the delivery (by index) that brought it first. */
    private record Row(int delivery, LineEvent event) {}

    /**
     * Writes several deliveries in one multi-row insert and one commit; answers, per delivery, the events that were
     * new. An event seen before (stored earlier, or earlier in this very batch) is not new.
     */
    private List<List<LineEvent>> write(List<Delivery> deliveries) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (int d = 0; d < deliveries.size(); d++) {
            for (LineEvent event : deliveries.get(d).events()) {
                rows.putIfAbsent(
                        key(
                                deliveries.get(d).accountId().value(),
                                event.envelope().webhookEventId()),
                        new Row(d, event));
            }
        }
        List<Row> all = new ArrayList<>(rows.values());
        // PostgreSQL binds at most 65,535 parameters a statement: a 1 MB body of small events (and a group of
        // deliveries) can hold far more rows than one statement takes, so they go in statements of ROWS_PER_INSERT.
        Set<String> inserted = jdbi.inTransaction(handle -> {
            Set<String> keys = new HashSet<>();
            for (int from = 0; from < all.size(); from += ROWS_PER_INSERT) {
                List<Row> chunk = all.subList(from, Math.min(all.size(), from + ROWS_PER_INSERT));
                StringBuilder sql = new StringBuilder("INSERT INTO line_webhook_events (" + COLUMNS + ") VALUES ");
                for (int i = 0; i < chunk.size(); i++) {
                    sql.append(i == 0 ? "" : ", ")
                            .append("(:a")
                            .append(i)
                            .append(", :e")
                            .append(i)
                            .append(", :o")
                            .append(i)
                            .append(", :t")
                            .append(i)
                            .append(", :m")
                            .append(i)
                            .append(", :at")
                            .append(i)
                            .append(", :u")
                            .append(i)
                            .append(", :r")
                            .append(i)
                            .append(", :ub")
                            .append(i)
                            .append(", :mt")
                            .append(i)
                            .append(", :c")
                            .append(i)
                            .append(", :n")
                            .append(i)
                            .append(", :raw")
                            .append(i)
                            .append(", :rc")
                            .append(i)
                            .append(", :rt")
                            .append(i)
                            .append(")");
                }
                sql.append(
                        " ON CONFLICT (account_id, webhook_event_id) DO NOTHING RETURNING account_id, webhook_event_id");
                Update insert = handle.createUpdate(sql.toString());
                for (int i = 0; i < chunk.size(); i++) {
                    bind(
                            insert,
                            i,
                            deliveries.get(chunk.get(i).delivery()),
                            chunk.get(i).event());
                }
                keys.addAll(insert.executeAndReturnGeneratedKeys()
                        .map((rs, ctx) -> key(rs.getString("account_id"), rs.getString("webhook_event_id")))
                        .list());
            }
            return keys;
        });
        List<List<LineEvent>> results = new ArrayList<>(deliveries.size());
        for (int d = 0; d < deliveries.size(); d++) {
            results.add(new ArrayList<>());
        }
        rows.forEach((key, row) -> {
            if (inserted.contains(key)) {
                results.get(row.delivery()).add(row.event());
            }
        });
        return results;
    }

    private static String key(String accountId, String webhookEventId) {
        return accountId + "|" + webhookEventId;
    }

    private static void bind(Update insert, int i, Delivery delivery, LineEvent event) {
        EventEnvelope envelope = event.envelope();
        Boolean unblocked = null;
        String messageType = null;
        String content = null;
        String nonce = null;
        if (event instanceof LineEvent.Follow follow) {
            unblocked = follow.unblocked();
        } else if (event instanceof LineEvent.MessageReceived message) {
            messageType = message.messageType();
            content = message.text().orElse(null);
        } else if (event instanceof LineEvent.Postback postback) {
            content = postback.data();
        } else if (event instanceof LineEvent.AccountLinked link) {
            content = link.result();
            nonce = link.nonce();
        } else if (event instanceof LineEvent.NotificationDelivered delivered) {
            content = delivered.deliveryTag();
        }
        insert.bind("a" + i, delivery.accountId().value())
                .bind("e" + i, envelope.webhookEventId())
                .bind("o" + i, delivery.orgId().value())
                .bind("t" + i, envelope.type())
                .bind("m" + i, envelope.mode().name())
                .bind("at" + i, envelope.occurredAt())
                .bind("u" + i, envelope.lineUserId().orElse(null))
                .bind("r" + i, envelope.redelivery())
                .bind("ub" + i, unblocked)
                .bind("mt" + i, messageType)
                .bind("c" + i, content)
                .bind("n" + i, nonce)
                .bind("raw" + i, envelope.rawJson())
                .bind("rc" + i, delivery.receivedAt())
                .bind("rt" + i, envelope.replyToken().orElse(null));
    }

    @Override
    public List<PendingEvent> claimPending(int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT account_id, webhook_event_id, org_id, event_type, mode, occurred_at, line_user_id,
                               redelivery, unblocked, message_type, content, nonce, raw, reply_token
                        FROM line_webhook_events WHERE processed_at IS NULL
                        ORDER BY seq LIMIT :limit FOR UPDATE SKIP LOCKED""")
                .bind("limit", limit)
                .map((rs, ctx) -> pending(rs))
                .list());
    }

    @Override
    public List<Received> recent(OrgId orgId, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT account_id, webhook_event_id, org_id, event_type, mode, occurred_at, line_user_id,
                               redelivery, unblocked, message_type, content, nonce, raw, received_at, reply_token
                        FROM line_webhook_events WHERE org_id = :orgId ORDER BY seq DESC LIMIT :limit""")
                .bind("orgId", orgId.value())
                .bind("limit", limit)
                .map((rs, ctx) -> new Received(pending(rs), instant(rs, "received_at")))
                .list());
    }

    private static PendingEvent pending(ResultSet rs) throws SQLException {
        EventEnvelope envelope = new EventEnvelope(
                rs.getString("webhook_event_id"),
                rs.getString("event_type"),
                EventMode.valueOf(rs.getString("mode")),
                instant(rs, "occurred_at"),
                Optional.ofNullable(rs.getString("line_user_id")),
                rs.getBoolean("redelivery"),
                rs.getString("raw"),
                Optional.ofNullable(rs.getString("reply_token")));
        LineEvent event = switch (envelope.type()) {
            case "follow" -> new LineEvent.Follow(envelope, rs.getBoolean("unblocked"));
            case "unfollow" -> new LineEvent.Unfollow(envelope);
            case "message" ->
                new LineEvent.MessageReceived(
                        envelope, rs.getString("message_type"), Optional.ofNullable(rs.getString("content")));
            case "postback" -> new LineEvent.Postback(envelope, rs.getString("content"));
            case "accountLink" -> new LineEvent.AccountLinked(envelope, rs.getString("content"), rs.getString("nonce"));
            case "delivery" ->
                rs.getString("content") == null
                        ? new LineEvent.Other(envelope)
                        : new LineEvent.NotificationDelivered(envelope, rs.getString("content"));
            default -> new LineEvent.Other(envelope);
        };
        return new PendingEvent(
                new OrgId(rs.getString("org_id")), new LineAccountId(rs.getString("account_id")), event);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    @Override
    public void markProcessed(List<Processed> events, Instant processedAt) {
        if (events.isEmpty()) {
            return;
        }
        jdbi.useHandle(handle -> handle.createUpdate("""
                        UPDATE line_webhook_events e SET processed_at = :at, outcome = p.outcome
                        FROM unnest(CAST(:accounts AS text[]), CAST(:eventIds AS text[]), CAST(:outcomes AS text[]))
                            AS p (account_id, webhook_event_id, outcome)
                        WHERE e.account_id = p.account_id AND e.webhook_event_id = p.webhook_event_id""")
                .bind("at", processedAt)
                .bindArray(
                        "accounts",
                        String.class,
                        events.stream().map(e -> e.accountId().value()).toList())
                .bindArray(
                        "eventIds",
                        String.class,
                        events.stream().map(Processed::webhookEventId).toList())
                .bindArray(
                        "outcomes",
                        String.class,
                        events.stream().map(Processed::outcome).toList())
                .execute());
    }

    @Override
    public long pendingCount() {
        return jdbi.withHandle(
                handle -> handle.createQuery("SELECT count(*) FROM line_webhook_events WHERE processed_at IS NULL")
                        .mapTo(Long.class)
                        .one());
    }
}
