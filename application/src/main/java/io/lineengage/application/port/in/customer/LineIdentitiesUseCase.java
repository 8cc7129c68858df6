package io.lineengage.application.port.in.customer;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.subscription.ConsentCategory;

public interface LineIdentitiesUseCase {
    /**
     * Links the LINE user (of the account's provider) to the customer. A LINE-only profile the user had is merged
     * into the customer; a user already linked to another customer is a {@link io.lineengage.domain.error.ConflictException}.
     */
    Customer link(OrgId orgId, CustomerId customerId, LineAccountId accountId, String lineUserId);

    /** A consent decision of the customer, for their LINE identity with the account's provider. */
    void changeConsent(OrgId orgId, CustomerId customerId, LineAccountId accountId, ConsentCategory category,
                       boolean optedIn);
}
