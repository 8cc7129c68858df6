package io.lineengage.application.port.in.customer;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.error.ConflictException;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.subscription.ConsentCategory;
import java.util.Optional;

public interface LineIdentitiesUseCase {
    /**
     * Links the LINE user (of the account's provider) to the customer. A LINE-only profile the user had is merged
     * into the customer; a user already linked to another customer is a {@link ConflictException}.
     */
    Customer link(OrgId orgId, CustomerId customerId, LineAccountId accountId, String lineUserId);

    /**
     * What a LINE user entered in the brand's registration form (LIFF): when the mobile or email is exactly one
     * customer's, the user is linked to that customer (their LINE-only profile merges in); otherwise the data is kept
     * on their LINE-only profile, so that a later write of the customer matches it.
     */
    Registered register(
            OrgId orgId,
            LineAccountId accountId,
            String lineUserId,
            Optional<String> name,
            Optional<String> mobile,
            Optional<String> email);

    /** The customer the user belongs to now, and whether the registration matched an existing customer. */
    record Registered(Customer customer, boolean matched) {}

    /** A consent decision of the customer, for their LINE identity with the account's provider. */
    void changeConsent(
            OrgId orgId, CustomerId customerId, LineAccountId accountId, ConsentCategory category, boolean optedIn);
}
