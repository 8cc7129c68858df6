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
    /** Rows a statement: a 1 MB body of small events, or a group of deliveries, goes in several. */
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
        // One statement text whatever the number of rows (columns bound as arrays): parsed once, not per group.
        Set<String> inserted = jdbi.inTransaction(handle -> {
            Set<String> keys = new HashSet<>();
            for (int from = 0; from < all.size(); from += ROWS_PER_INSERT) {
                List<Row> chunk = all.subList(from, Math.min(all.size(), from + ROWS_PER_INSERT));
                keys.addAll(bind(handle.createUpdate(INSERT), chunk, deliveries)
                        .executeAndReturnGeneratedKeys()
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

    private static final String INSERT = "INSERT INTO line_webhook_events (" + COLUMNS + ")"
            + " SELECT a, e, o, t, m, oc, u, r, ub, mt, c, n, raw, rc, rt"
            + " FROM unnest(CAST(:a AS text[]), CAST(:e AS text[]), CAST(:o AS text[]), CAST(:t AS text[]),"
            + " CAST(:m AS text[]), CAST(:at AS timestamptz[]), CAST(:u AS text[]), CAST(:r AS boolean[]),"
            + " CAST(:ub AS boolean[]), CAST(:mt AS text[]), CAST(:c AS text[]), CAST(:n AS text[]),"
            + " CAST(:raw AS text[]), CAST(:rc AS timestamptz[]), CAST(:rt AS text[]))"
            + " WITH ORDINALITY AS d (a, e, o, t, m, oc, u, r, ub, mt, c, n, raw, rc, rt, i) ORDER BY i"
            + " ON CONFLICT (account_id, webhook_event_id) DO NOTHING RETURNING account_id, webhook_event_id";

    /** The chunk's rows bound column by column, in order (the log's seq follows it). */
    private static Update bind(Update insert, List<Row> chunk, List<Delivery> deliveries) {
        int size = chunk.size();
        List<String> accounts = new ArrayList<>(size);
        List<String> ids = new ArrayList<>(size);
        List<String> orgs = new ArrayList<>(size);
        List<String> types = new ArrayList<>(size);
        List<String> modes = new ArrayList<>(size);
        List<String> occurred = new ArrayList<>(size);
        List<String> users = new ArrayList<>(size);
        List<Boolean> redeliveries = new ArrayList<>(size);
        List<Boolean> unblocks = new ArrayList<>(size);
        List<String> messageTypes = new ArrayList<>(size);
        List<String> contents = new ArrayList<>(size);
        List<String> nonces = new ArrayList<>(size);
        List<String> raws = new ArrayList<>(size);
        List<String> received = new ArrayList<>(size);
        List<String> tokens = new ArrayList<>(size);
        for (Row row : chunk) {
            Delivery delivery = deliveries.get(row.delivery());
            LineEvent event = row.event();
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
            accounts.add(delivery.accountId().value());
            ids.add(envelope.webhookEventId());
            orgs.add(delivery.orgId().value());
            types.add(envelope.type());
            modes.add(envelope.mode().name());
            occurred.add(envelope.occurredAt().toString());
            users.add(envelope.lineUserId().orElse(null));
            redeliveries.add(envelope.redelivery());
            unblocks.add(unblocked);
            messageTypes.add(messageType);
            contents.add(content);
            nonces.add(nonce);
            raws.add(envelope.rawJson());
            received.add(delivery.receivedAt().toString());
            tokens.add(envelope.replyToken().orElse(null));
        }
        return insert.bindArray("a", String.class, accounts)
                .bindArray("e", String.class, ids)
                .bindArray("o", String.class, orgs)
                .bindArray("t", String.class, types)
                .bindArray("m", String.class, modes)
                .bindArray("at", String.class, occurred)
                .bindArray("u", String.class, users)
                .bindArray("r", Boolean.class, redeliveries)
                .bindArray("ub", Boolean.class, unblocks)
                .bindArray("mt", String.class, messageTypes)
                .bindArray("c", String.class, contents)
                .bindArray("n", String.class, nonces)
                .bindArray("raw", String.class, raws)
                .bindArray("rc", String.class, received)
                .bindArray("rt", String.class, tokens);
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
