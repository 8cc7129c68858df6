package io.lineengage.adapters.persistence.subscription;

import io.lineengage.application.port.out.subscription.ConsentStore;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.subscription.ConsentCategory;
import io.lineengage.domain.subscription.ConsentChange;
import io.lineengage.domain.subscription.Consents;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

final class JdbiConsentStore implements ConsentStore {
    private final Jdbi jdbi;

    JdbiConsentStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Consents consents(OrgId orgId, LineAccountId accountId, String lineUserId) {
        Map<ConsentCategory, Boolean> explicit = new EnumMap<>(ConsentCategory.class);
        jdbi.useHandle(handle -> handle.createQuery("""
                        SELECT category, opted_in FROM line_consents
                        WHERE org_id = :orgId AND account_id = :accountId AND line_user_id = :userId""")
                .bind("orgId", orgId.value())
                .bind("accountId", accountId.value())
                .bind("userId", lineUserId)
                .map((rs, ctx) ->
                        Map.entry(ConsentCategory.valueOf(rs.getString("category")), rs.getBoolean("opted_in")))
                .forEach(entry -> explicit.put(entry.getKey(), entry.getValue())));
        return new Consents(explicit);
    }

    @Override
    public Map<String, Consents> consentsOf(OrgId orgId, LineAccountId accountId, Collection<String> lineUserIds) {
        Map<String, Map<ConsentCategory, Boolean>> explicit = new HashMap<>();
        lineUserIds.forEach(user -> explicit.put(user, new EnumMap<>(ConsentCategory.class)));
        if (!lineUserIds.isEmpty()) {
            // One primary-key probe per user, whatever the account's number of decisions.
            jdbi.useHandle(handle -> handle.createQuery("""
                            SELECT c.line_user_id, c.category, c.opted_in
                            FROM unnest(CAST(:users AS text[])) AS u (line_user_id)
                            CROSS JOIN LATERAL (
                                SELECT * FROM line_consents c
                                WHERE c.account_id = :accountId AND c.line_user_id = u.line_user_id
                                  AND c.org_id = :orgId) c""")
                    .bind("orgId", orgId.value())
                    .bind("accountId", accountId.value())
                    .bindArray("users", String.class, new ArrayList<>(explicit.keySet()))
                    .map((rs, ctx) -> new Object[] {
                        rs.getString("line_user_id"),
                        ConsentCategory.valueOf(rs.getString("category")),
                        rs.getBoolean("opted_in")
                    })
                    .forEach(row -> explicit.get((String) row[0]).put((ConsentCategory) row[1], (Boolean) row[2])));
        }
        Map<String, Consents> consents = new HashMap<>();
        explicit.forEach((user, decided) -> consents.put(user, new Consents(decided)));
        return consents;
    }

    @Override
    public void change(ConsentChange change) {
        jdbi.useTransaction(handle -> {
            handle.createUpdate("""
                            INSERT INTO line_consents (account_id, line_user_id, category, org_id, opted_in, changed_at)
                            VALUES (:accountId, :userId, :category, :orgId, :optedIn, :at)
                            ON CONFLICT (account_id, line_user_id, category)
                            DO UPDATE SET opted_in = EXCLUDED.opted_in, changed_at = EXCLUDED.changed_at""")
                    .bind("accountId", change.accountId().value())
                    .bind("userId", change.lineUserId())
                    .bind("category", change.category().name())
                    .bind("orgId", change.orgId().value())
                    .bind("optedIn", change.optedIn())
                    .bind("at", change.changedAt())
                    .execute();
            handle.createUpdate("""
                            INSERT INTO line_consent_history (org_id, account_id, line_user_id, category, opted_in,
                                source, changed_at)
                            VALUES (:orgId, :accountId, :userId, :category, :optedIn, :source, :at)""")
                    .bind("orgId", change.orgId().value())
                    .bind("accountId", change.accountId().value())
                    .bind("userId", change.lineUserId())
                    .bind("category", change.category().name())
                    .bind("optedIn", change.optedIn())
                    .bind("source", change.source())
                    .bind("at", change.changedAt())
                    .execute();
        });
    }

    @Override
    public List<ConsentChange> history(OrgId orgId, LineAccountId accountId, String lineUserId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT category, opted_in, source, changed_at FROM line_consent_history
                        WHERE org_id = :orgId AND account_id = :accountId AND line_user_id = :userId ORDER BY id""")
                .bind("orgId", orgId.value())
                .bind("accountId", accountId.value())
                .bind("userId", lineUserId)
                .map((rs, ctx) -> new ConsentChange(
                        orgId,
                        accountId,
                        lineUserId,
                        ConsentCategory.valueOf(rs.getString("category")),
                        rs.getBoolean("opted_in"),
                        rs.getString("source"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list());
    }
}
