package io.lineengage.adapters.persistence.identity;

import io.lineengage.application.port.out.identity.LineIdentityRepository;
import io.lineengage.application.port.out.identity.LineProfileCache;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.identity.LineIdentity;
import io.lineengage.domain.line.LineProfile;
import io.lineengage.domain.org.OrgId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/** LINE identities and the LINE profile cache in PostgreSQL. */
final class JdbiIdentities implements LineIdentityRepository, LineProfileCache {
    private final Jdbi jdbi;

    JdbiIdentities(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private static LineIdentity identity(ResultSet rs) throws SQLException {
        return new LineIdentity(
                new OrgId(rs.getString("org_id")),
                rs.getString("provider"),
                rs.getString("line_user_id"),
                new CustomerId(rs.getString("customer_id")),
                rs.getTimestamp("linked_at").toInstant());
    }

    @Override
    public Optional<LineIdentity> find(OrgId orgId, String provider, String lineUserId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM line_identities
                        WHERE org_id = :orgId AND provider = :provider AND line_user_id = :user""")
                .bind("orgId", orgId.value())
                .bind("provider", provider)
                .bind("user", lineUserId)
                .map((rs, ctx) -> identity(rs))
                .findOne());
    }

    @Override
    public Map<String, CustomerId> customersOf(OrgId orgId, String provider, Collection<String> lineUserIds) {
        Map<String, CustomerId> found = new HashMap<>();
        if (lineUserIds.isEmpty()) {
            return found;
        }
        jdbi.useHandle(handle -> handle.createQuery("""
                        SELECT i.line_user_id, i.customer_id FROM unnest(CAST(:users AS text[])) AS u (line_user_id)
                        JOIN line_identities i ON i.org_id = :orgId AND i.provider = :provider
                                               AND i.line_user_id = u.line_user_id""")
                .bind("orgId", orgId.value())
                .bind("provider", provider)
                .bindArray("users", String.class, new ArrayList<>(lineUserIds))
                .map((rs, ctx) -> Map.entry(rs.getString("line_user_id"), new CustomerId(rs.getString("customer_id"))))
                .forEach(entry -> found.put(entry.getKey(), entry.getValue())));
        return found;
    }

    @Override
    public List<LineIdentity> withLineUserId(OrgId orgId, String lineUserId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM line_identities WHERE org_id = :orgId AND line_user_id = :user ORDER BY provider")
                .bind("orgId", orgId.value())
                .bind("user", lineUserId)
                .map((rs, ctx) -> identity(rs))
                .list());
    }

    @Override
    public List<LineIdentity> ofCustomer(OrgId orgId, CustomerId customerId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM line_identities WHERE org_id = :orgId AND customer_id = :customer
                        ORDER BY provider, line_user_id""")
                .bind("orgId", orgId.value())
                .bind("customer", customerId.value())
                .map((rs, ctx) -> identity(rs))
                .list());
    }

    @Override
    public List<LineIdentity> linkAll(List<LineIdentity> identities) {
        if (identities.isEmpty()) {
            return List.of();
        }
        // One statement for the whole batch, rows in key order (concurrent batches lock the same keys in the same
        // order); RETURNING names the rows this statement inserted, so the others were linked meanwhile.
        List<LineIdentity> ordered = identities.stream()
                .sorted(Comparator.comparing((LineIdentity i) -> i.orgId().value())
                        .thenComparing(LineIdentity::provider)
                        .thenComparing(LineIdentity::lineUserId))
                .toList();
        Set<String> linked = new HashSet<>();
        jdbi.useHandle(handle -> handle.createQuery("""
                        INSERT INTO line_identities (org_id, provider, line_user_id, customer_id, linked_at)
                        SELECT * FROM unnest(CAST(:orgs AS text[]), CAST(:providers AS text[]),
                            CAST(:users AS text[]), CAST(:customers AS text[]), CAST(:ats AS timestamptz[]))
                        ON CONFLICT (org_id, provider, line_user_id) DO NOTHING
                        RETURNING org_id, provider, line_user_id, customer_id""")
                .bindArray(
                        "orgs",
                        String.class,
                        ordered.stream().map(i -> i.orgId().value()).toList())
                .bindArray(
                        "providers",
                        String.class,
                        ordered.stream().map(LineIdentity::provider).toList())
                .bindArray(
                        "users",
                        String.class,
                        ordered.stream().map(LineIdentity::lineUserId).toList())
                .bindArray(
                        "customers",
                        String.class,
                        ordered.stream().map(i -> i.customerId().value()).toList())
                .bindArray(
                        "ats",
                        String.class,
                        ordered.stream().map(i -> i.linkedAt().toString()).toList())
                .map((rs, ctx) -> key(
                        rs.getString("org_id"),
                        rs.getString("provider"),
                        rs.getString("line_user_id"),
                        rs.getString("customer_id")))
                .forEach(linked::add));
        return identities.stream()
                .filter(i -> linked.contains(key(
                        i.orgId().value(),
                        i.provider(),
                        i.lineUserId(),
                        i.customerId().value())))
                .toList();
    }

    private static String key(String org, String provider, String user, String customer) {
        return org + "|" + provider + "|" + user + "|" + customer;
    }

    @Override
    public void moveAll(OrgId orgId, CustomerId from, CustomerId to) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "UPDATE line_identities SET customer_id = :to WHERE org_id = :orgId AND customer_id = :from")
                .bind("to", to.value())
                .bind("orgId", orgId.value())
                .bind("from", from.value())
                .execute());
    }

    @Override
    public Optional<Cached> cachedProfile(OrgId orgId, String provider, String lineUserId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM line_profiles WHERE org_id = :orgId AND provider = :provider AND line_user_id = :user""")
                .bind("orgId", orgId.value())
                .bind("provider", provider)
                .bind("user", lineUserId)
                .map((rs, ctx) -> new Cached(
                        new LineProfile(
                                rs.getString("line_user_id"),
                                rs.getString("display_name"),
                                Optional.ofNullable(rs.getString("picture_url")),
                                Optional.ofNullable(rs.getString("language")),
                                Optional.ofNullable(rs.getString("status_message"))),
                        rs.getTimestamp("fetched_at").toInstant()))
                .findOne());
    }

    @Override
    public void save(OrgId orgId, String provider, LineProfile profile, Instant fetchedAt) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO line_profiles (org_id, provider, line_user_id, display_name, picture_url, language,
                            status_message, fetched_at)
                        VALUES (:orgId, :provider, :user, :name, :picture, :language, :status, :at)
                        ON CONFLICT (org_id, provider, line_user_id) DO UPDATE SET display_name = EXCLUDED.display_name,
                            picture_url = EXCLUDED.picture_url, language = EXCLUDED.language,
                            status_message = EXCLUDED.status_message, fetched_at = EXCLUDED.fetched_at""")
                .bind("orgId", orgId.value())
                .bind("provider", provider)
                .bind("user", profile.userId())
                .bind("name", profile.displayName())
                .bind("picture", profile.pictureUrl().orElse(null))
                .bind("language", profile.language().orElse(null))
                .bind("status", profile.statusMessage().orElse(null))
                .bind("at", fetchedAt)
                .execute());
    }
}
