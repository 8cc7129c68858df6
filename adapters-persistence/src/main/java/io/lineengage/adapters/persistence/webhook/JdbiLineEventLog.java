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
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The webhook event log: one row per event, keyed by account and LINE's webhook event ID. */
final class JdbiLineEventLog implements LineEventLog {
    private final Jdbi jdbi;

    JdbiLineEventLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<LineEvent> storeNew(OrgId orgId, LineAccountId accountId, List<LineEvent> events, Instant receivedAt) {
        if (events.isEmpty()) {
            return List.of();
        }
        return jdbi.inTransaction(handle -> {
            PreparedBatch batch = handle.prepareBatch("""
                    INSERT INTO line_webhook_events (account_id, webhook_event_id, org_id, event_type, mode, occurred_at,
                        line_user_id, redelivery, unblocked, message_type, content, nonce, raw, received_at)
                    VALUES (:accountId, :eventId, :orgId, :type, :mode, :occurredAt, :userId, :redelivery, :unblocked,
                        :messageType, :content, :nonce, :raw, :receivedAt)
                    ON CONFLICT (account_id, webhook_event_id) DO NOTHING""");
            for (LineEvent event : events) {
                EventEnvelope envelope = event.envelope();
                batch.bind("accountId", accountId.value()).bind("eventId", envelope.webhookEventId())
                        .bind("orgId", orgId.value()).bind("type", envelope.type()).bind("mode", envelope.mode().name())
                        .bind("occurredAt", envelope.occurredAt()).bind("userId", envelope.lineUserId().orElse(null))
                        .bind("redelivery", envelope.redelivery()).bind("raw", envelope.rawJson())
                        .bind("receivedAt", receivedAt);
                bindDetails(batch, event);
                batch.add();
            }
            int[] inserted = batch.execute();
            List<LineEvent> stored = new ArrayList<>();
            for (int i = 0; i < inserted.length; i++) {
                if (inserted[i] > 0) {
                    stored.add(events.get(i));
                }
            }
            return stored;
        });
    }

    private static void bindDetails(PreparedBatch batch, LineEvent event) {
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
        }
        batch.bind("unblocked", unblocked).bind("messageType", messageType).bind("content", content).bind("nonce", nonce);
    }

    @Override
    public List<PendingEvent> claimPending(int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT account_id, webhook_event_id, org_id, event_type, mode, occurred_at, line_user_id,
                               redelivery, unblocked, message_type, content, nonce, raw
                        FROM line_webhook_events WHERE processed_at IS NULL
                        ORDER BY seq LIMIT :limit FOR UPDATE SKIP LOCKED""")
                .bind("limit", limit)
                .map((rs, ctx) -> pending(rs))
                .list());
    }

    private static PendingEvent pending(ResultSet rs) throws SQLException {
        EventEnvelope envelope = new EventEnvelope(rs.getString("webhook_event_id"), rs.getString("event_type"),
                EventMode.valueOf(rs.getString("mode")), instant(rs, "occurred_at"),
                Optional.ofNullable(rs.getString("line_user_id")), rs.getBoolean("redelivery"), rs.getString("raw"));
        LineEvent event = switch (envelope.type()) {
            case "follow" -> new LineEvent.Follow(envelope, rs.getBoolean("unblocked"));
            case "unfollow" -> new LineEvent.Unfollow(envelope);
            case "message" -> new LineEvent.MessageReceived(envelope, rs.getString("message_type"),
                    Optional.ofNullable(rs.getString("content")));
            case "postback" -> new LineEvent.Postback(envelope, rs.getString("content"));
            case "accountLink" -> new LineEvent.AccountLinked(envelope, rs.getString("content"), rs.getString("nonce"));
            default -> new LineEvent.Other(envelope);
        };
        return new PendingEvent(new OrgId(rs.getString("org_id")), new LineAccountId(rs.getString("account_id")), event);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    @Override
    public void markProcessed(LineAccountId accountId, String webhookEventId, String outcome, Instant processedAt) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        UPDATE line_webhook_events SET processed_at = :at, outcome = :outcome
                        WHERE account_id = :accountId AND webhook_event_id = :eventId""")
                .bind("at", processedAt).bind("outcome", outcome).bind("accountId", accountId.value())
                .bind("eventId", webhookEventId).execute());
    }

    @Override
    public long pendingCount() {
        return jdbi.withHandle(handle -> handle.createQuery(
                "SELECT count(*) FROM line_webhook_events WHERE processed_at IS NULL").mapTo(Long.class).one());
    }
}
