package io.lineengage.application.fake;

import io.lineengage.application.port.out.customer.CustomerConsents;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.subscription.ConsentCategory;
import io.lineengage.domain.subscription.Consents;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Customers' own consent decisions in memory. */
public final class InMemoryCustomerConsents implements CustomerConsents {
    private record Key(OrgId orgId, CustomerId customerId, LineAccountId accountId) {}

    private final Map<Key, Consents> decisions = new HashMap<>();

    @Override
    public synchronized Consents consents(OrgId orgId, CustomerId customerId, LineAccountId accountId) {
        return decisions.getOrDefault(new Key(orgId, customerId, accountId), Consents.NONE);
    }

    @Override
    public synchronized void change(
            OrgId orgId,
            CustomerId customerId,
            LineAccountId accountId,
            ConsentCategory category,
            boolean optedIn,
            String source,
            Instant at) {
        decisions.merge(
                new Key(orgId, customerId, accountId),
                Consents.NONE.with(category, optedIn),
                (before, now) -> before.with(category, optedIn));
    }
}
