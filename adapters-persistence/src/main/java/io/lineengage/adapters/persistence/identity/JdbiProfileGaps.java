package io.lineengage.adapters.persistence.identity;

import io.lineengage.application.port.out.identity.ProfileGaps;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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
            List<String[]> rows = handle.createQuery("""
                            SELECT s.org_id, s.account_id, a.provider_name, s.line_user_id, a.status = 'ACTIVE' AS active,
                                EXISTS (SELECT 1 FROM line_profiles p WHERE p.org_id = s.org_id
                                        AND p.provider = a.provider_name AND p.line_user_id = s.line_user_id)
                                OR EXISTS (SELECT 1 FROM line_profile_misses m WHERE m.org_id = s.org_id
                                        AND m.provider = a.provider_name AND m.line_user_id = s.line_user_id
                                        AND m.missed_at >= :missedSince) AS known
                            FROM line_subscriptions s JOIN line_accounts a ON a.id = s.account_id
                            WHERE (s.account_id, s.line_user_id) > (:account, :user) AND s.status = 'FOLLOWING'
                            ORDER BY s.account_id, s.line_user_id LIMIT :size""")
                    .bind("account", after.map(Cursor::accountId).orElse(""))
                    .bind("user", after.map(Cursor::lineUserId).orElse(""))
                    .bind("missedSince", missedSince.atOffset(ZoneOffset.UTC)).bind("size", size)
                    .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            String.valueOf(rs.getBoolean(5)), String.valueOf(rs.getBoolean(6))})
                    .list();
            List<Gap> gaps = new ArrayList<>();
            for (String[] row : rows) {
                if (Boolean.parseBoolean(row[4]) && !Boolean.parseBoolean(row[5])) {
                    gaps.add(new Gap(new OrgId(row[0]), new LineAccountId(row[1]), row[2], row[3]));
                }
            }
            Optional<Cursor> end = rows.size() < size ? Optional.empty()
                    : Optional.of(new Cursor(rows.get(rows.size() - 1)[1], rows.get(rows.size() - 1)[3]));
            return new Window(gaps, end);
        });
    }

    @Override
    public void missed(Gap gap, Instant at) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO line_profile_misses (org_id, provider, line_user_id, missed_at)
                        VALUES (:orgId, :provider, :user, :at)
                        ON CONFLICT (org_id, provider, line_user_id) DO UPDATE SET missed_at = EXCLUDED.missed_at""")
                .bind("orgId", gap.orgId().value()).bind("provider", gap.provider()).bind("user", gap.lineUserId())
                .bind("at", at.atOffset(ZoneOffset.UTC)).execute());
    }
}
