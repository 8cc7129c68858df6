package io.lineengage.adapters.persistence.identity;

import io.lineengage.application.port.out.identity.ProfileGaps;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Followers without a kept profile, looked for one window of the subscriptions' primary key at a time. */
final class JdbiProfileGaps implements ProfileGaps {
    private final Jdbi jdbi;

    JdbiProfileGaps(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Window window(Optional<Cursor> after, int size, Instant missedSince) {
        return jdbi.withHandle(handle -> {
            // The window: the next `size` FOLLOWING subscriptions in primary-key order; its last row is the cursor.
            List<Map.Entry<Gap, Boolean>> rows = handle.createQuery("""
                            SELECT s.org_id, s.account_id, a.provider_name, s.line_user_id,
                                a.status = 'ACTIVE'
                                AND NOT EXISTS (SELECT 1 FROM line_profiles p WHERE p.org_id = s.org_id
                                        AND p.provider = a.provider_name AND p.line_user_id = s.line_user_id)
                                AND NOT EXISTS (SELECT 1 FROM line_profile_misses m WHERE m.org_id = s.org_id
                                        AND m.provider = a.provider_name AND m.line_user_id = s.line_user_id
                                        AND m.missed_at >= :missedSince) AS wanted
                            FROM line_subscriptions s JOIN line_accounts a ON a.id = s.account_id
                            WHERE (s.account_id, s.line_user_id) > (:account, :user) AND s.status = 'FOLLOWING'
                            ORDER BY s.account_id, s.line_user_id LIMIT :size""")
                    .bind("account", after.map(Cursor::accountId).orElse(""))
                    .bind("user", after.map(Cursor::lineUserId).orElse(""))
                    .bind("missedSince", missedSince.atOffset(ZoneOffset.UTC))
                    .bind("size", size)
                    .map((rs, ctx) -> Map.entry(
                            new Gap(
                                    new OrgId(rs.getString(1)),
                                    new LineAccountId(rs.getString(2)),
                                    rs.getString(3),
                                    rs.getString(4)),
                            rs.getBoolean(5)))
                    .list();
            List<Gap> gaps = rows.stream()
                    .filter(Map.Entry::getValue)
                    .map(Map.Entry::getKey)
                    .toList();
            Optional<Cursor> end = rows.size() < size
                    ? Optional.empty()
                    : Optional.of(rows.get(rows.size() - 1))
                            .map(last -> new Cursor(
                                    last.getKey().accountId().value(),
                                    last.getKey().lineUserId()));
            return new Window(gaps, end);
        });
    }

    @Override
    public void missed(Gap gap, Instant at) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO line_profile_misses (org_id, provider, line_user_id, missed_at)
                        VALUES (:orgId, :provider, :user, :at)
                        ON CONFLICT (org_id, provider, line_user_id) DO UPDATE SET missed_at = EXCLUDED.missed_at""")
                .bind("orgId", gap.orgId().value())
                .bind("provider", gap.provider())
                .bind("user", gap.lineUserId())
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .execute());
    }
}
