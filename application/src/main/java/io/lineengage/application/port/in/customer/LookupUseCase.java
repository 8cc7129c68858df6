package io.lineengage.application.port.in.customer;

import io.lineengage.application.port.in.subscription.SubscriptionView;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.line.LineProfile;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface LookupUseCase {
    /** Everything about one customer, found by one key. */
    Details lookup(OrgId orgId, Key key);

    sealed interface Key {
        record ByCustomerId(String customerId) implements Key {}

        record ByExternalId(String externalId) implements Key {}

        record ByMobile(String mobile) implements Key {}

        record ByLineUserId(String lineUserId) implements Key {}
    }

    record Details(Customer customer, List<Identity> identities) {}

    /** A linked LINE user: their profile (as last fetched from LINE) and their status with each account. */
    record Identity(
            String provider,
            String lineUserId,
            Optional<LineProfile> profile,
            Optional<Instant> profileFetchedAt,
            List<AccountSubscription> subscriptions) {}

    record AccountSubscription(LineAccountId accountId, String accountName, SubscriptionView subscription) {}
}
