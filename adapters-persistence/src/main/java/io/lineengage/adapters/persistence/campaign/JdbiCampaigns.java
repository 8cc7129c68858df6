package io.lineengage.adapters.persistence.campaign;

import io.lineengage.adapters.persistence.postgres.NewestFirst;
import io.lineengage.application.port.out.campaign.CampaignRepository;
import io.lineengage.domain.audience.AudienceId;
import io.lineengage.domain.campaign.Campaign;
import io.lineengage.domain.campaign.CampaignId;
import io.lineengage.domain.campaign.CampaignStatus;
import io.lineengage.domain.campaign.FrequencyCap;
import io.lineengage.domain.campaign.QuietHours;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.gateway.PriorityClass;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import io.lineengage.domain.template.TemplateId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/** Campaigns in PostgreSQL. */
final class JdbiCampaigns implements CampaignRepository {
    private static final String COLUMNS = "id, org_id, name, template_id, audience_id, priority, gateway_ids,"
            + " schedule_at, quiet_start, quiet_end, cap_max, cap_within, status, created_at, launched_at, finished_at";

    private final Jdbi jdbi;

    JdbiCampaigns(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(Campaign campaign) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO campaigns (id, org_id, name, template_id, audience_id, priority, gateway_ids,
                            schedule_at, quiet_start, quiet_end, cap_max, cap_within, status, created_at)
                        VALUES (:id, :orgId, :name, :templateId, :audienceId, :priority, CAST(:gateways AS text[]),
                            :scheduleAt, :quietStart, :quietEnd, :capMax, :capWithin, :status, :createdAt)""")
                .bind("capMax", campaign.frequencyCap().map(FrequencyCap::max).orElse(null))
                .bind(
                        "capWithin",
                        campaign.frequencyCap()
                                .map(cap -> cap.within().toString())
                                .orElse(null))
                .bind("quietStart", campaign.quietHours().map(QuietHours::start).orElse(null))
                .bind("quietEnd", campaign.quietHours().map(QuietHours::end).orElse(null))
                .bind(
                        "scheduleAt",
                        campaign.scheduleAt()
                                .map(at -> at.atOffset(ZoneOffset.UTC))
                                .orElse(null))
                .bind("id", campaign.id().value())
                .bind("orgId", campaign.orgId().value())
                .bind("name", campaign.name())
                .bind("templateId", campaign.templateId().value())
                .bind("audienceId", campaign.audienceId().value())
                .bind("priority", campaign.priority().name())
                .bindArray(
                        "gateways",
                        String.class,
                        campaign.gatewayIds().stream().map(GatewayId::value).toArray())
                .bind("status", campaign.status().name())
                .bind("createdAt", campaign.createdAt().atOffset(ZoneOffset.UTC))
                .execute());
    }

    @Override
    public Optional<Campaign> find(OrgId orgId, CampaignId id) {
        return jdbi.withHandle(
                handle -> handle.createQuery("SELECT " + COLUMNS + " FROM campaigns WHERE org_id = :orgId AND id = :id")
                        .bind("orgId", orgId.value())
                        .bind("id", id.value())
                        .map((rs, ctx) -> campaign(rs))
                        .findOne());
    }

    @Override
    public Page<Campaign> list(OrgId orgId, Optional<CampaignStatus> status, PageRequest page) {
        Map<String, Object> binds = new HashMap<>();
        binds.put("orgId", orgId.value());
        status.ifPresent(s -> binds.put("status", s.name()));
        return jdbi.withHandle(handle -> NewestFirst.page(
                handle,
                "campaigns",
                "SELECT " + COLUMNS + " FROM campaigns",
                "org_id = :orgId" + (status.isPresent() ? " AND status = :status" : ""),
                binds,
                page,
                (rs, ctx) -> campaign(rs),
                campaign -> campaign.id().value()));
    }

    @Override
    public boolean transition(OrgId orgId, CampaignId id, CampaignStatus from, CampaignStatus to, Instant at) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE campaigns SET status = :to,
                            launched_at = CASE WHEN :to = 'RUNNING' AND launched_at IS NULL THEN :at ELSE launched_at END,
                            finished_at = CASE WHEN :to IN ('COMPLETED', 'CANCELLED', 'FAILED') THEN :at ELSE finished_at END
                        WHERE org_id = :orgId AND id = :id AND status = :from""")
                        .bind("orgId", orgId.value())
                        .bind("id", id.value())
                        .bind("from", from.name())
                        .bind("to", to.name())
                        .bind("at", at.atOffset(ZoneOffset.UTC))
                        .execute())
                == 1;
    }

    @Override
    public Set<String> ids(OrgId orgId) {
        return new HashSet<>(
                jdbi.withHandle(handle -> handle.createQuery("SELECT id FROM campaigns WHERE org_id = :orgId")
                        .bind("orgId", orgId.value())
                        .mapTo(String.class)
                        .list()));
    }

    @Override
    public List<Campaign> scheduledDue(Instant now) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM campaigns"
                        + " WHERE status = 'SCHEDULED' AND (schedule_at IS NULL OR schedule_at <= :now)")
                .bind("now", now.atOffset(ZoneOffset.UTC))
                .map((rs, ctx) -> campaign(rs))
                .list());
    }

    @Override
    public List<Campaign> runningWithNothingPending() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM campaigns c"
                        + " WHERE c.status = 'RUNNING' AND NOT c.freezing AND NOT EXISTS (SELECT 1 FROM campaign_batches b"
                        + " WHERE b.campaign_id = c.id AND b.status = 'PENDING')")
                .map((rs, ctx) -> campaign(rs))
                .list());
    }

    @Override
    public void note(CampaignId id, String note, Instant at) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "INSERT INTO campaign_notes (campaign_id, note, created_at) VALUES (:id, :note, :at)"
                                + " ON CONFLICT DO NOTHING")
                .bind("id", id.value())
                .bind("note", note)
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .execute());
    }

    @Override
    public List<String> notes(CampaignId id) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT note FROM campaign_notes WHERE campaign_id = :id ORDER BY created_at, note")
                .bind("id", id.value())
                .mapTo(String.class)
                .list());
    }

    private static Optional<Instant> instant(Timestamp timestamp) {
        return Optional.ofNullable(timestamp).map(Timestamp::toInstant);
    }

    private static Campaign campaign(ResultSet rs) throws SQLException {
        List<GatewayId> gateways = Arrays.stream(
                        (String[]) rs.getArray("gateway_ids").getArray())
                .map(GatewayId::new)
                .toList();
        return new Campaign(
                new CampaignId(rs.getString("id")),
                new OrgId(rs.getString("org_id")),
                rs.getString("name"),
                new TemplateId(rs.getString("template_id")),
                new AudienceId(rs.getString("audience_id")),
                PriorityClass.valueOf(rs.getString("priority")),
                gateways,
                instant(rs.getTimestamp("schedule_at")),
                rs.getObject("quiet_start") == null
                        ? Optional.empty()
                        : Optional.of(new QuietHours(
                                rs.getObject("quiet_start", LocalTime.class),
                                rs.getObject("quiet_end", LocalTime.class))),
                rs.getString("cap_within") == null
                        ? Optional.empty()
                        : Optional.of(new FrequencyCap(rs.getInt("cap_max"), Period.parse(rs.getString("cap_within")))),
                CampaignStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs.getTimestamp("launched_at")),
                instant(rs.getTimestamp("finished_at")));
    }
}
