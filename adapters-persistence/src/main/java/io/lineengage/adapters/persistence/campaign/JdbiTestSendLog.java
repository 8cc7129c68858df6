package io.lineengage.adapters.persistence.campaign;

import io.lineengage.adapters.json.JsonLikeJackson;
import io.lineengage.application.port.out.campaign.TestSendLog;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.campaign.CampaignId;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.org.OrgId;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

final class JdbiTestSendLog implements TestSendLog {
    private final Jdbi jdbi;

    JdbiTestSendLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void record(List<Sent> sends) {
        if (sends.isEmpty()) {
            return;
        }
        jdbi.useHandle(handle -> {
            PreparedBatch batch = handle.prepareBatch("""
                    INSERT INTO campaign_test_sends (org_id, campaign_id, customer_id, line_user_id, gateway_id,
                        account_id, status, reason, line_request_id, messages, sent_at)
                    VALUES (:orgId, :campaignId, :customerId, :lineUserId, :gatewayId, :accountId, :status, :reason,
                        :lineRequestId, CAST(:messages AS json), :at)""");
            for (Sent sent : sends) {
                batch.bind("orgId", sent.orgId().value())
                        .bind("campaignId", sent.campaignId().value())
                        .bind("customerId", sent.customerId().value())
                        .bind("lineUserId", sent.lineUserId().orElse(null))
                        .bind(
                                "gatewayId",
                                sent.gatewayId().map(GatewayId::value).orElse(null))
                        .bind(
                                "accountId",
                                sent.accountId().map(LineAccountId::value).orElse(null))
                        .bind("status", sent.status())
                        .bind("reason", sent.reason().orElse(null))
                        .bind("lineRequestId", sent.lineRequestId().orElse(null))
                        .bind(
                                "messages",
                                sent.messages().map(JsonLikeJackson::write).orElse(null))
                        .bind("at", OffsetDateTime.ofInstant(sent.at(), ZoneOffset.UTC))
                        .add();
            }
            batch.execute();
        });
    }

    @Override
    public List<Sent> ofCampaign(OrgId orgId, CampaignId campaignId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT customer_id, line_user_id, gateway_id, account_id, status, reason, line_request_id,
                            messages::text AS messages, sent_at
                        FROM campaign_test_sends WHERE org_id = :orgId AND campaign_id = :campaignId
                        ORDER BY sent_at DESC, id DESC""")
                .bind("orgId", orgId.value())
                .bind("campaignId", campaignId.value())
                .map((rs, ctx) -> new Sent(
                        orgId,
                        campaignId,
                        new CustomerId(rs.getString("customer_id")),
                        Optional.ofNullable(rs.getString("line_user_id")),
                        Optional.ofNullable(rs.getString("gateway_id")).map(GatewayId::new),
                        Optional.ofNullable(rs.getString("account_id")).map(LineAccountId::new),
                        rs.getString("status"),
                        Optional.ofNullable(rs.getString("reason")),
                        Optional.ofNullable(rs.getString("line_request_id")),
                        Optional.ofNullable(rs.getString("messages")).map(JsonLikeJackson::read),
                        rs.getObject("sent_at", OffsetDateTime.class).toInstant()))
                .list());
    }
}
