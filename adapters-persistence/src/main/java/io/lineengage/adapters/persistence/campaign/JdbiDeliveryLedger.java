package io.lineengage.adapters.persistence.campaign;

import io.lineengage.adapters.json.JsonLikeJackson;
import io.lineengage.adapters.persistence.postgres.UnnestColumn;
import io.lineengage.application.port.out.campaign.DeliveryLedger;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.campaign.CampaignId;
import io.lineengage.domain.campaign.Delivery;
import io.lineengage.domain.campaign.DeliveryCounts;
import io.lineengage.domain.campaign.Failover;
import io.lineengage.domain.campaign.QuietHours;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import io.lineengage.domain.template.TemplateId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/** The delivery ledger in PostgreSQL; batches are claimed with FOR UPDATE SKIP LOCKED and leases that expire. */
final class JdbiDeliveryLedger implements DeliveryLedger {
    private final Jdbi jdbi;

    JdbiDeliveryLedger(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * The ledger month of a campaign's rows: the month (UTC) it was created, which never changes, so all its rows
     * share one month and one partition.
     */
    private static LocalDate ledgerMonth(Handle handle, CampaignId campaignId) {
        return handle.createQuery("SELECT CAST(date_trunc('month', created_at AT TIME ZONE 'UTC') AS date)"
                        + " FROM campaigns WHERE id = :id")
                .bind("id", campaignId.value())
                .mapTo(LocalDate.class)
                .one();
    }

    @Override
    public void addBatches(CampaignId campaignId, List<PlannedBatch> batches) {
        if (batches.isEmpty()) {
            return;
        }
        jdbi.useHandle(handle -> {
            PreparedBatch rows = handle.prepareBatch("""
                    INSERT INTO campaign_batches (id, campaign_id, gateway_id, account_id, kind, retry_key, messages,
                        status, due_at, updated_at, recipients)
                    VALUES (:id, :campaignId, :gatewayId, :accountId, :kind, :retryKey, CAST(:messages AS json),
                        'PENDING', now(), now(), :recipients)""");
            for (PlannedBatch batch : batches) {
                rows.bind("id", batch.id())
                        .bind("campaignId", campaignId.value())
                        .bind("gatewayId", batch.gatewayId().value())
                        .bind("accountId", batch.accountId().value())
                        .bind("kind", batch.kind().name())
                        .bind("retryKey", batch.retryKey())
                        .bind(
                                "messages",
                                batch.messages().map(JsonLikeJackson::write).orElse(null))
                        .bind("recipients", batch.recipients().size())
                        .add();
            }
            rows.execute();
            LocalDate month = ledgerMonth(handle, campaignId);
            List<String> customers = new ArrayList<>();
            List<String> users = new ArrayList<>();
            List<String> batchIds = new ArrayList<>();
            for (PlannedBatch batch : batches) {
                for (Recipient recipient : batch.recipients()) {
                    customers.add(recipient.customerId().value());
                    users.add(recipient.lineUserId());
                    batchIds.add(batch.id().toString());
                }
            }
            // One statement, the columns bound as arrays: a freeze writes a million of these rows, and binding each
            // row's values one by one cost the service more than the database's insert.
            handle.createUpdate("""
                            INSERT INTO campaign_deliveries (campaign_id, customer_id, line_user_id, batch_id, ledger_month)
                            SELECT :campaignId, r.c, r.u, r.b, :month
                            FROM unnest(CAST(:customers AS text[]), CAST(:users AS text[]), CAST(:batches AS uuid[]))
                                AS r (c, u, b)
                            ON CONFLICT (campaign_id, customer_id, ledger_month)
                            DO UPDATE SET line_user_id = EXCLUDED.line_user_id, batch_id = EXCLUDED.batch_id""")
                    .bind("campaignId", campaignId.value())
                    .bind("month", month)
                    .bindArray("customers", String.class, customers)
                    .bindArray("users", String.class, users)
                    .bindArray("batches", String.class, batchIds)
                    .execute();
        });
    }

    @Override
    public void addSkipped(CampaignId campaignId, List<Skipped> skipped) {
        if (skipped.isEmpty()) {
            return;
        }
        jdbi.useHandle(handle -> {
            LocalDate month = ledgerMonth(handle, campaignId);
            handle.createUpdate("""
                            INSERT INTO campaign_deliveries (campaign_id, customer_id, reason, detail, ledger_month)
                            SELECT :campaignId, r.c, r.reason, r.detail, :month
                            FROM unnest(CAST(:customers AS text[]), CAST(:reasons AS text[]), CAST(:details AS text[]))
                                AS r (c, reason, detail)""")
                    .bind("campaignId", campaignId.value())
                    .bind("month", month)
                    .bindArray(
                            "customers",
                            String.class,
                            UnnestColumn.of(skipped, skip -> skip.customerId().value()))
                    .bindArray(
                            "reasons",
                            String.class,
                            UnnestColumn.of(skipped, skip -> skip.reason().code()))
                    .bindArray("details", String.class, UnnestColumn.of(skipped, Skipped::detail))
                    .execute();
        });
    }

    @Override
    public List<Claimed> claim(String runner, Instant now, Duration lease, int max) {
        // One statement: the leases, and everything the calls need, their users and the campaigns' quiet hours
        // included.
        return jdbi.withHandle(handle -> handle
                .createQuery("""
                        UPDATE campaign_batches b SET lease_owner = :runner, lease_until = :until,
                            attempts = b.attempts + 1, updated_at = :now
                        FROM campaigns c
                        WHERE b.id IN (SELECT b2.id FROM campaign_batches b2 JOIN campaigns c2 ON c2.id = b2.campaign_id
                                       WHERE b2.status = 'PENDING' AND b2.due_at <= :now AND c2.status = 'RUNNING'
                                         AND (b2.lease_until IS NULL OR b2.lease_until < :now)
                                       ORDER BY b2.due_at, b2.id LIMIT :max FOR UPDATE OF b2 SKIP LOCKED)
                          AND c.id = b.campaign_id
                        RETURNING b.id, b.campaign_id, c.org_id, c.template_id, c.quiet_start, c.quiet_end, b.gateway_id,
                            b.account_id, b.kind, b.retry_key, b.messages::text AS messages, b.attempts, b.due_at,
                            (SELECT array_agg(d.line_user_id ORDER BY d.customer_id) FROM campaign_deliveries d
                             WHERE d.batch_id = b.id) AS users""")
                .bind("runner", runner)
                .bind("now", now.atOffset(ZoneOffset.UTC))
                .bind("until", now.plus(lease).atOffset(ZoneOffset.UTC))
                .bind("max", max)
                .map((rs, ctx) -> Map.entry(
                        rs.getTimestamp("due_at").toInstant(),
                        new Claimed(
                                rs.getObject("id", UUID.class),
                                new CampaignId(rs.getString("campaign_id")),
                                new OrgId(rs.getString("org_id")),
                                new TemplateId(rs.getString("template_id")),
                                rs.getObject("quiet_start") == null
                                        ? Optional.empty()
                                        : Optional.of(new QuietHours(
                                                rs.getObject("quiet_start", LocalTime.class),
                                                rs.getObject("quiet_end", LocalTime.class))),
                                new GatewayId(rs.getString("gateway_id")),
                                new LineAccountId(rs.getString("account_id")),
                                Kind.valueOf(rs.getString("kind")),
                                rs.getObject("retry_key", UUID.class),
                                Optional.ofNullable(rs.getString("messages")).map(JsonLikeJackson::read),
                                List.of((String[]) rs.getArray("users").getArray()),
                                rs.getInt("attempts"))))
                .list()
                .stream()
                // RETURNING keeps no order: the longest due go first, as claimed.
                .sorted(Map.Entry.<Instant, Claimed>comparingByKey()
                        .thenComparing(entry -> entry.getValue().id()))
                .map(Map.Entry::getValue)
                .toList());
    }

    @Override
    public void sent(List<Accepted> accepted, Instant at) {
        if (accepted.isEmpty()) {
            return;
        }
        UUID[] ids = accepted.stream().map(Accepted::batchId).toArray(UUID[]::new);
        jdbi.useTransaction(handle -> {
            lockInIdOrder(handle, "id = ANY(:ids)", query -> query.bindArray("ids", UUID.class, (Object[]) ids));
            handle.createUpdate("""
                        UPDATE campaign_batches b SET status = 'SENT', line_request_id = a.request_id, error = NULL,
                            lease_owner = NULL, lease_until = NULL, updated_at = :at
                        FROM unnest(:ids, :requests) AS a(id, request_id)
                        WHERE b.id = a.id AND b.status = 'PENDING'""")
                    .bindArray("ids", UUID.class, (Object[]) ids)
                    .bindArray(
                            "requests",
                            String.class,
                            accepted.stream().map(Accepted::lineRequestId).toArray())
                    .bind("at", at.atOffset(ZoneOffset.UTC))
                    .execute();
        });
    }

    @Override
    public void failed(UUID batchId, String error, Instant at) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        UPDATE campaign_batches SET status = 'FAILED', error = :error, lease_owner = NULL,
                            lease_until = NULL, updated_at = :at
                        WHERE id = :id AND status = 'PENDING'""")
                .bind("id", batchId)
                .bind("error", error)
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .execute());
    }

    @Override
    public void defer(UUID batchId, String why, Instant at) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        UPDATE campaign_batches SET due_at = :at, error = :why, attempts = attempts - 1,
                            lease_owner = NULL, lease_until = NULL, updated_at = now()
                        WHERE id = :id AND status = 'PENDING'""")
                .bind("id", batchId)
                .bind("why", why)
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .execute());
    }

    @Override
    public void retryLater(UUID batchId, String error, Instant at) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        UPDATE campaign_batches SET due_at = :at, error = :error, lease_owner = NULL,
                            lease_until = NULL, updated_at = now()
                        WHERE id = :id AND status = 'PENDING'""")
                .bind("id", batchId)
                .bind("error", error)
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .execute());
    }

    /**
     * Locks the batches {@code where} selects in ID order. Every statement that changes many batches at once (sent,
     * hold, release, fail over) locks them this way first, so two of them never wait for each other in a circle: a
     * deadlock would abort one (a cancel answered 500, a round of sends recorded late).
     */
    private static void lockInIdOrder(Handle handle, String where, UnaryOperator<Query> binds) {
        binds.apply(handle.createQuery("SELECT id FROM campaign_batches WHERE " + where + " ORDER BY id FOR UPDATE"))
                .mapTo(UUID.class)
                .list();
    }

    @Override
    public void hold(CampaignId campaignId) {
        jdbi.useTransaction(handle -> {
            lockInIdOrder(
                    handle,
                    "campaign_id = :campaignId AND status = 'PENDING'",
                    query -> query.bind("campaignId", campaignId.value()));
            handle.createUpdate("""
                            UPDATE campaign_batches SET due_at = 'infinity', updated_at = now()
                            WHERE campaign_id = :campaignId AND status = 'PENDING'""").bind("campaignId", campaignId.value()).execute();
        });
    }

    @Override
    public void release(CampaignId campaignId, Instant at) {
        jdbi.useTransaction(handle -> {
            lockInIdOrder(
                    handle,
                    "campaign_id = :campaignId AND status = 'PENDING' AND due_at = 'infinity'",
                    query -> query.bind("campaignId", campaignId.value()));
            handle.createUpdate("""
                            UPDATE campaign_batches SET due_at = :at, updated_at = now()
                            WHERE campaign_id = :campaignId AND status = 'PENDING' AND due_at = 'infinity'""")
                    .bind("campaignId", campaignId.value())
                    .bind("at", at.atOffset(ZoneOffset.UTC))
                    .execute();
        });
    }

    @Override
    public List<Recipient> failGateway(
            CampaignId campaignId, GatewayId gatewayId, UUID failedBatch, String error, Instant at) {
        return jdbi.inTransaction(handle -> {
            lockInIdOrder(
                    handle,
                    "campaign_id = :campaignId AND gateway_id = :gatewayId AND (id = :failed OR status = 'PENDING')",
                    query -> query.bind("campaignId", campaignId.value())
                            .bind("gatewayId", gatewayId.value())
                            .bind("failed", failedBatch));
            List<UUID> failed = handle.createQuery("""
                            UPDATE campaign_batches SET status = 'FAILED', error = :error, lease_owner = NULL,
                                lease_until = NULL, updated_at = :at
                            WHERE campaign_id = :campaignId AND gateway_id = :gatewayId
                              AND (id = :failed OR status = 'PENDING' AND (lease_until IS NULL OR lease_until < :at))
                            RETURNING id""")
                    .bind("campaignId", campaignId.value())
                    .bind("gatewayId", gatewayId.value())
                    .bind("failed", failedBatch)
                    .bind("error", error)
                    .bind("at", at.atOffset(ZoneOffset.UTC))
                    .mapTo(UUID.class)
                    .list();
            return handle.createQuery("""
                            SELECT customer_id, line_user_id FROM campaign_deliveries
                            WHERE campaign_id = :campaignId AND batch_id = ANY(:batches)
                            ORDER BY customer_id""")
                    .bind("campaignId", campaignId.value())
                    .bindArray("batches", UUID.class, failed.toArray())
                    .map((rs, ctx) -> new Recipient(new CustomerId(rs.getString(1)), rs.getString(2)))
                    .list();
        });
    }

    @Override
    public void recordGatewayFailure(CampaignId campaignId, Failover failure) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO campaign_gateway_failures (campaign_id, gateway_id, reason, failed_at, moved, stranded)
                        VALUES (:campaignId, :gatewayId, :reason, :at, :moved, :stranded)
                        ON CONFLICT (campaign_id, gateway_id) DO UPDATE SET moved = campaign_gateway_failures.moved
                            + EXCLUDED.moved, stranded = campaign_gateway_failures.stranded + EXCLUDED.stranded""")
                .bind("campaignId", campaignId.value())
                .bind("gatewayId", failure.gatewayId().value())
                .bind("reason", failure.reason())
                .bind("at", failure.at().atOffset(ZoneOffset.UTC))
                .bind("moved", failure.moved())
                .bind("stranded", failure.stranded())
                .execute());
    }

    @Override
    public List<Failover> gatewayFailures(CampaignId campaignId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT gateway_id, reason, failed_at, moved, stranded FROM campaign_gateway_failures
                        WHERE campaign_id = :campaignId ORDER BY failed_at, gateway_id""")
                .bind("campaignId", campaignId.value())
                .map((rs, ctx) -> new Failover(
                        new GatewayId(rs.getString(1)),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getLong(4),
                        rs.getLong(5)))
                .list());
    }

    @Override
    public Map<CustomerId, Long> sentSince(List<CustomerId> customers, Instant since) {
        Map<CustomerId, Long> sent = new LinkedHashMap<>();
        if (customers.isEmpty()) {
            return sent;
        }
        jdbi.useHandle(handle -> handle.createQuery("""
                        SELECT d.customer_id, count(*) FROM campaign_deliveries d
                        JOIN campaign_batches b ON b.id = d.batch_id
                        WHERE d.customer_id = ANY(:customers) AND b.status = 'SENT' AND b.updated_at >= :since
                        GROUP BY d.customer_id""")
                .bindArray(
                        "customers",
                        String.class,
                        customers.stream().map(CustomerId::value).toArray())
                .bind("since", since.atOffset(ZoneOffset.UTC))
                .map((rs, ctx) -> Map.entry(new CustomerId(rs.getString(1)), rs.getLong(2)))
                .forEach(entry -> sent.put(entry.getKey(), entry.getValue())));
        return sent;
    }

    @Override
    public DeliveryCounts counts(CampaignId campaignId) {
        return jdbi.withHandle(handle -> {
            long[] totals = new long[3];
            Map<String, Long> skipped = new LinkedHashMap<>();
            Map<GatewayId, Map<String, Long>> byGateway = new LinkedHashMap<>();
            // Read from the batches (a few thousand rows for a million multicast recipients), not the recipients;
            // only a FAILED batch's recipients are counted one by one, as failover may have moved some of them on,
            // each through the batch index (a join let the planner hash the whole ledger: progress is read while a
            // launch is still writing it), and skips through their own partial index.
            handle.createQuery("""
                            SELECT gateway_id, status, NULL AS reason, sum(recipients) AS n FROM campaign_batches
                            WHERE campaign_id = :campaignId AND status <> 'FAILED' GROUP BY gateway_id, status
                            UNION ALL
                            SELECT b.gateway_id, b.status, NULL,
                                (SELECT count(*) FROM campaign_deliveries d WHERE d.batch_id = b.id)
                            FROM campaign_batches b WHERE b.campaign_id = :campaignId AND b.status = 'FAILED'
                            UNION ALL
                            SELECT NULL, 'SKIPPED', reason, count(*) FROM campaign_deliveries
                            WHERE campaign_id = :campaignId AND batch_id IS NULL GROUP BY reason
                            ORDER BY 1, 2, 3""")
                    .bind("campaignId", campaignId.value())
                    .map((rs, ctx) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)})
                    .forEach(row -> {
                        String status = (String) row[1];
                        long n = (Long) row[3];
                        switch (status) {
                            case "PENDING" -> totals[0] += n;
                            case "SENT" -> totals[1] += n;
                            case "FAILED" -> totals[2] += n;
                            default -> skipped.merge((String) row[2], n, Long::sum);
                        }
                        if (row[0] != null) {
                            String shown = status.equals("PENDING") ? "queued" : status.toLowerCase(Locale.ROOT);
                            byGateway
                                    .computeIfAbsent(new GatewayId((String) row[0]), key -> new LinkedHashMap<>())
                                    .merge(shown, n, Long::sum);
                        }
                    });
            return new DeliveryCounts(totals[0], totals[1], totals[2], skipped, byGateway);
        });
    }

    @Override
    public Page<Delivery> entries(CampaignId campaignId, PageRequest page) {
        List<Delivery> rows = jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT d.customer_id, d.line_user_id, b.gateway_id, COALESCE(b.status, 'SKIPPED') AS status,
                            d.reason, b.line_request_id, b.error
                        FROM campaign_deliveries d LEFT JOIN campaign_batches b ON b.id = d.batch_id
                        WHERE d.campaign_id = :campaignId AND d.customer_id > :after
                        ORDER BY d.customer_id LIMIT :limit""")
                .bind("campaignId", campaignId.value())
                .bind("after", page.cursor().orElse(""))
                .bind("limit", page.limit() + 1)
                .map((rs, ctx) -> {
                    String status = rs.getString(4);
                    return new Delivery(
                            new CustomerId(rs.getString(1)),
                            Optional.ofNullable(rs.getString(2)),
                            Optional.ofNullable(rs.getString(3)).map(GatewayId::new),
                            status.equals("PENDING") ? "QUEUED" : status,
                            Optional.ofNullable(rs.getString(5)),
                            Optional.ofNullable(rs.getString(6)),
                            Optional.ofNullable(rs.getString(7)).filter(error -> !status.equals("SENT")));
                })
                .list());
        return Page.fromOneMore(rows, page.limit(), entry -> entry.customerId().value());
    }
}
