package io.lineengage.adapters.persistence.subscription;

import io.lineengage.application.port.out.customer.CustomerConsents;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.subscription.ConsentCategory;
import io.lineengage.domain.subscription.Consents;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** Customers' own consent decisions, with their history beside that of LINE identities. */
final class JdbiCustomerConsents implements CustomerConsents {
    private final Jdbi jdbi;

    JdbiCustomerConsents(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Consents consents(OrgId orgId, CustomerId customerId, LineAccountId accountId) {
        Map<ConsentCategory, Boolean> explicit = new EnumMap<>(ConsentCategory.class);
        jdbi.useHandle(handle -> handle.createQuery("""
                        SELECT category, opted_in FROM customer_consents
                        WHERE org_id = :orgId AND customer_id = :customerId AND account_id = :accountId""")
                .bind("orgId", orgId.value())
                .bind("customerId", customerId.value())
                .bind("accountId", accountId.value())
                .map((rs, ctx) ->
                        Map.entry(ConsentCategory.valueOf(rs.getString("category")), rs.getBoolean("opted_in")))
                .forEach(entry -> explicit.put(entry.getKey(), entry.getValue())));
        return new Consents(explicit);
    }

    @Override
    public void change(
            OrgId orgId,
            CustomerId customerId,
            LineAccountId accountId,
            ConsentCategory category,
            boolean optedIn,
            String source,
            Instant at) {
        jdbi.useTransaction(handle -> {
            handle.createUpdate("""
                            INSERT INTO customer_consents (org_id, customer_id, account_id, category, opted_in,
                                changed_at)
                            VALUES (:orgId, :customerId, :accountId, :category, :optedIn, :at)
                            ON CONFLICT (org_id, customer_id, account_id, category)
                            DO UPDATE SET opted_in = EXCLUDED.opted_in, changed_at = EXCLUDED.changed_at""")
                    .bind("orgId", orgId.value())
                    .bind("customerId", customerId.value())
                    .bind("accountId", accountId.value())
                    .bind("category", category.name())
                    .bind("optedIn", optedIn)
                    .bind("at", at)
                    .execute();
            handle.createUpdate("""
                            INSERT INTO line_consent_history (org_id, account_id, customer_id, category, opted_in,
                                source, changed_at)
                            VALUES (:orgId, :accountId, :customerId, :category, :optedIn, :source, :at)""")
                    .bind("orgId", orgId.value())
                    .bind("accountId", accountId.value())
                    .bind("customerId", customerId.value())
                    .bind("category", category.name())
                    .bind("optedIn", optedIn)
                    .bind("source", source)
                    .bind("at", at)
                    .execute();
        });
    }
}
