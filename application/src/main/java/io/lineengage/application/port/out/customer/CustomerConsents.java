package io.lineengage.application.port.out.customer;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.subscription.ConsentCategory;
import io.lineengage.domain.subscription.Consents;
import java.time.Instant;

/**
 * Consent decisions a brand records for a customer who has no LINE identity with the account's provider (decisions
 * for a LINE identity are kept with it, in the consent store). They govern what reaches the customer's phone number.
 */
public interface CustomerConsents {
    Consents consents(OrgId orgId, CustomerId customerId, LineAccountId accountId);

    /** Stores the decision (it replaces the last one) and appends it to the consent history. */
    void change(
            OrgId orgId,
            CustomerId customerId,
            LineAccountId accountId,
            ConsentCategory category,
            boolean optedIn,
            String source,
            Instant at);
}
