package io.lineengage.adapters.persistence.tracking;

import io.lineengage.application.port.out.tracking.TrackedLinks;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.tracking.ClickCounts;
import io.lineengage.domain.tracking.TrackedLink;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

final class JdbiTrackedLinks implements TrackedLinks {
    private final Jdbi jdbi;

    JdbiTrackedLinks(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void saveAll(List<TrackedLink> links) {
        if (links.isEmpty()) {
            return;
        }
        jdbi.useHandle(handle -> {
            PreparedBatch batch = handle.prepareBatch("""
                    INSERT INTO tracked_links (token, org_id, source, source_id, customer_id, url, created_at)
                    VALUES (:token, :orgId, :source, :sourceId, :customerId, :url, :at)""");
            for (TrackedLink link : links) {
                batch.bind("token", link.token())
                        .bind("orgId", link.orgId().value())
                        .bind("source", link.source().name())
                        .bind("sourceId", link.sourceId())
                        .bind("customerId", link.customerId().value())
                        .bind("url", link.url())
                        .bind("at", at(link.createdAt()))
                        .add();
            }
            batch.execute();
        });
    }

    @Override
    public Optional<TrackedLink> find(String token) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT token, org_id, source, source_id, customer_id, url, created_at FROM tracked_links
                        WHERE token = :token""")
                .bind("token", token)
                .map((rs, ctx) -> new TrackedLink(
                        rs.getString("token"),
                        new OrgId(rs.getString("org_id")),
                        TrackedLink.Source.valueOf(rs.getString("source")),
                        rs.getString("source_id"),
                        new CustomerId(rs.getString("customer_id")),
                        rs.getString("url"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .findOne());
    }

    @Override
    public void clicked(TrackedLink link, Instant at) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO clicks (token, org_id, source, source_id, customer_id, url, clicked_at)
                        VALUES (:token, :orgId, :source, :sourceId, :customerId, :url, :at)""")
                .bind("token", link.token())
                .bind("orgId", link.orgId().value())
                .bind("source", link.source().name())
                .bind("sourceId", link.sourceId())
                .bind("customerId", link.customerId().value())
                .bind("url", link.url())
                .bind("at", at(at))
                .execute());
    }

    @Override
    public ClickCounts counts(OrgId orgId, TrackedLink.Source source, String sourceId) {
        return jdbi.withHandle(handle -> {
            Map<String, Long> byUrl = new LinkedHashMap<>();
            handle.createQuery("""
                            SELECT url, count(*) AS n FROM clicks
                            WHERE org_id = :orgId AND source = :source AND source_id = :sourceId
                            GROUP BY url ORDER BY n DESC, url""")
                    .bind("orgId", orgId.value())
                    .bind("source", source.name())
                    .bind("sourceId", sourceId)
                    .map((rs, ctx) -> Map.entry(rs.getString("url"), rs.getLong("n")))
                    .forEach(entry -> byUrl.put(entry.getKey(), entry.getValue()));
            long unique = handle.createQuery("""
                            SELECT count(DISTINCT customer_id) FROM clicks
                            WHERE org_id = :orgId AND source = :source AND source_id = :sourceId""")
                    .bind("orgId", orgId.value())
                    .bind("source", source.name())
                    .bind("sourceId", sourceId)
                    .mapTo(Long.class)
                    .one();
            return new ClickCounts(
                    byUrl.values().stream().mapToLong(Long::longValue).sum(), unique, byUrl);
        });
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
