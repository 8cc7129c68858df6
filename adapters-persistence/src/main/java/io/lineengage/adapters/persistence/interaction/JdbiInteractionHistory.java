package io.lineengage.adapters.persistence.interaction;

import io.lineengage.adapters.json.JsonLikeJackson;
import io.lineengage.application.port.out.interaction.InteractionHistory;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.interaction.MessageExcerpt;
import io.lineengage.domain.interaction.TimelineEntry;
import io.lineengage.domain.interaction.TimelineFilter;
import io.lineengage.domain.interaction.TimelineType;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import io.lineengage.domain.subscription.ConsentCategory;
import io.lineengage.domain.tracking.TrackedLink;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The timeline as one query: each kind is read where it is kept (the campaign ledger, test sends, transactional
 * messages, subscription and consent history, webhook interactions) for the customer's own rows and their LINE
 * users', in one column shape, ordered by (at, key) descending and cut after the cursor's position.
 */
final class JdbiInteractionHistory implements InteractionHistory {
    private static final String USERS =
            "(SELECT line_user_id FROM line_identities WHERE org_id = :orgId AND customer_id = :customerId)";

    private static final String TIMELINE = """
            SELECT COALESCE(b.updated_at, c.launched_at, c.created_at) AS at, 'c:' || d.campaign_id AS key,
                'campaign_message' AS type, b.account_id, d.line_user_id, b.gateway_id,
                CASE WHEN d.batch_id IS NULL THEN 'SKIPPED' WHEN b.status = 'PENDING' THEN 'QUEUED' ELSE b.status END
                    AS status,
                COALESCE(d.reason, CASE WHEN b.status <> 'SENT' THEN b.error END) AS reason, b.line_request_id,
                d.campaign_id AS source_id, NULL AS content, COALESCE(b.messages, t.messages)::text AS messages,
                NULL AS category, NULL::boolean AS opted_in
            FROM campaign_deliveries d JOIN campaigns c ON c.id = d.campaign_id
            LEFT JOIN campaign_batches b ON b.id = d.batch_id
            LEFT JOIN templates t ON t.id = c.template_id
            WHERE d.customer_id = :customerId AND c.org_id = :orgId
            UNION ALL
            SELECT sent_at, 'x:' || lpad(id::text, 20, '0'), 'test_message', account_id, line_user_id, gateway_id,
                status, reason, line_request_id, campaign_id, NULL, messages::text, NULL, NULL
            FROM campaign_test_sends WHERE customer_id = :customerId AND org_id = :orgId
            UNION ALL
            SELECT created_at, 't:' || id, 'transactional_message', account_id, line_user_id, gateway_id, status,
                reason, line_request_id, id, NULL, COALESCE(messages, request_messages)::text, NULL, NULL
            FROM transactional_messages WHERE customer_id = :customerId AND org_id = :orgId
            UNION ALL
            SELECT event_at, 's:' || lpad(id::text, 20, '0'),
                CASE WHEN to_status = 'FOLLOWING' THEN 'follow' ELSE 'unfollow' END, account_id, line_user_id, NULL,
                NULL, NULL, NULL, NULL, source, NULL, NULL, NULL
            FROM line_subscription_history
            WHERE org_id = :orgId AND line_user_id IN %1$s AND to_status IN ('FOLLOWING', 'BLOCKED')
            UNION ALL
            SELECT occurred_at, 'e:' || account_id || ':' || webhook_event_id, lower(kind), account_id, line_user_id,
                NULL, NULL, NULL, NULL, NULL, content, NULL, NULL, NULL
            FROM line_interactions WHERE org_id = :orgId AND line_user_id IN %1$s
            UNION ALL
            SELECT changed_at, 'k:' || lpad(id::text, 20, '0'), 'consent_change', account_id, line_user_id, NULL,
                NULL, NULL, NULL, NULL, source, NULL, category, opted_in
            FROM line_consent_history
            WHERE org_id = :orgId AND (line_user_id IN %1$s OR customer_id = :customerId)
            UNION ALL
            SELECT clicked_at, 'l:' || lpad(id::text, 20, '0'), 'click', NULL, NULL, NULL, source, NULL, NULL,
                source_id, url, NULL, NULL, NULL
            FROM clicks WHERE customer_id = :customerId AND org_id = :orgId
            UNION ALL
            SELECT s.at, 'j:' || s.entry_id || ':' || lpad(s.seq::text, 6, '0'), 'journey_step', e.account_id,
                e.line_user_id, NULL, s.status, s.reason, s.line_request_id, s.journey_id,
                s.kind || COALESCE(' by ' || lower(s.via), ''), NULL, NULL, NULL
            FROM journey_steps s JOIN journey_entries e ON e.id = s.entry_id
            WHERE s.customer_id = :customerId AND s.org_id = :orgId AND s.status NOT IN ('NEW', 'PENDING')
            """.formatted(USERS);

    private final Jdbi jdbi;

    JdbiInteractionHistory(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Page<TimelineEntry> of(OrgId orgId, CustomerId customerId, TimelineFilter filter, PageRequest page) {
        Optional<TimelineEntry.Position> after = page.cursor().map(TimelineEntry.Position::ofCursor);
        String[] types = (filter.types().isEmpty() ? Arrays.asList(TimelineType.values()) : filter.types())
                .stream().map(TimelineType::code).toArray(String[]::new);
        return Page.fromOneMore(
                jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM (" + TIMELINE + ") AS timeline"
                                + " WHERE type = ANY(:types)"
                                + " AND (CAST(:accountId AS text) IS NULL OR account_id = :accountId)"
                                + (after.isPresent() ? " AND (at, key) < (:at, :key)" : "")
                                + " ORDER BY at DESC, key DESC LIMIT :limit")
                        .bind("orgId", orgId.value())
                        .bind("customerId", customerId.value())
                        .bindArray("types", String.class, (Object[]) types)
                        .bind(
                                "accountId",
                                filter.accountId().map(LineAccountId::value).orElse(null))
                        .bind(
                                "at",
                                after.map(position -> OffsetDateTime.ofInstant(position.at(), ZoneOffset.UTC))
                                        .orElse(null))
                        .bind("key", after.map(TimelineEntry.Position::key).orElse(null))
                        .bind("limit", page.limit() + 1)
                        .map((rs, ctx) -> entry(rs))
                        .list()),
                page.limit(),
                entry -> entry.position().cursor());
    }

    private static TimelineEntry entry(ResultSet rs) throws SQLException {
        TimelineType type = TimelineType.ofCode(rs.getString("type")).orElseThrow();
        Instant at = rs.getObject("at", OffsetDateTime.class).toInstant();
        String key = rs.getString("key");
        Optional<LineAccountId> account =
                Optional.ofNullable(rs.getString("account_id")).map(LineAccountId::new);
        String user = rs.getString("line_user_id");
        if (type.sent()) {
            return new TimelineEntry.MessageSent(
                    type,
                    at,
                    key,
                    rs.getString("source_id"),
                    rs.getString("status"),
                    Optional.ofNullable(rs.getString("reason")),
                    Optional.ofNullable(rs.getString("gateway_id")).map(GatewayId::new),
                    account,
                    Optional.ofNullable(user),
                    Optional.ofNullable(rs.getString("line_request_id")),
                    Optional.ofNullable(rs.getString("messages"))
                            .map(JsonLikeJackson::read)
                            .flatMap(MessageExcerpt::of));
        }
        if (type == TimelineType.CLICK) {
            return new TimelineEntry.Clicked(
                    at,
                    key,
                    TrackedLink.Source.valueOf(rs.getString("status")),
                    rs.getString("source_id"),
                    rs.getString("content"));
        }
        if (type == TimelineType.JOURNEY_STEP) {
            return new TimelineEntry.JourneyStepRan(
                    at,
                    key,
                    account,
                    rs.getString("source_id"),
                    rs.getString("content"),
                    rs.getString("status"),
                    Optional.ofNullable(rs.getString("reason")));
        }
        if (type == TimelineType.CONSENT_CHANGE) {
            return new TimelineEntry.ConsentChanged(
                    at,
                    key,
                    account,
                    Optional.ofNullable(user),
                    ConsentCategory.valueOf(rs.getString("category")),
                    rs.getBoolean("opted_in"),
                    rs.getString("content"));
        }
        return new TimelineEntry.EventReceived(
                type, at, key, account, user, Optional.ofNullable(rs.getString("content")));
    }
}
