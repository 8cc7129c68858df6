package io.lineengage.adapters.persistence.campaign;

import io.lineengage.application.port.out.campaign.CampaignFreezes;
import io.lineengage.domain.campaign.CampaignId;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.org.OrgId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Freeze fronts in the campaigns table; claims skip rows another runner has locked. */
final class JdbiCampaignFreezes implements CampaignFreezes {
    private final Jdbi jdbi;

    JdbiCampaignFreezes(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void reached(CampaignId campaignId, Optional<CustomerId> reached) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        UPDATE campaigns SET freezing = :freezing, freeze_after = :after,
                            freeze_runner = CASE WHEN :freezing THEN freeze_runner END,
                            freeze_until = CASE WHEN :freezing THEN freeze_until END
                        WHERE id = :id""")
                .bind("id", campaignId.value())
                .bind("freezing", reached.isPresent())
                .bind("after", reached.map(CustomerId::value).orElse(null))
                .execute());
    }

    @Override
    public Optional<Front> claim(String runner, Instant now, Duration lease) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        UPDATE campaigns SET freeze_runner = :runner, freeze_until = :until
                        WHERE id = (SELECT id FROM campaigns WHERE freezing AND status = 'RUNNING'
                                AND (freeze_until IS NULL OR freeze_until < :now)
                            ORDER BY launched_at LIMIT 1 FOR UPDATE SKIP LOCKED)
                        RETURNING org_id, id, freeze_after""")
                .bind("runner", runner)
                .bind("now", now.atOffset(ZoneOffset.UTC))
                .bind("until", now.plus(lease).atOffset(ZoneOffset.UTC))
                .map((rs, ctx) -> new Front(
                        new OrgId(rs.getString("org_id")),
                        new CampaignId(rs.getString("id")),
                        Optional.ofNullable(rs.getString("freeze_after")).map(CustomerId::new)))
                .findOne());
    }

    @Override
    public boolean renew(CampaignId campaignId, String runner, Instant until) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                                UPDATE campaigns SET freeze_until = :until
                                WHERE id = :id AND freezing AND status = 'RUNNING' AND freeze_runner = :runner""")
                        .bind("id", campaignId.value())
                        .bind("runner", runner)
                        .bind("until", until.atOffset(ZoneOffset.UTC))
                        .execute()
                == 1);
    }

    @Override
    public void release(CampaignId campaignId, String runner) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        UPDATE campaigns SET freeze_runner = NULL, freeze_until = NULL
                        WHERE id = :id AND freeze_runner = :runner""")
                .bind("id", campaignId.value())
                .bind("runner", runner)
                .execute());
    }

    @Override
    public boolean freezing(CampaignId campaignId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT freezing FROM campaigns WHERE id = :id")
                .bind("id", campaignId.value())
                .mapTo(Boolean.class)
                .findOne()
                .orElse(false));
    }
}
