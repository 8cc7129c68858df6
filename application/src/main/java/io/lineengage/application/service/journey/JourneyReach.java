package io.lineengage.application.service.journey;

import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.identity.LineIdentityRepository;
import io.lineengage.application.port.out.subscription.SubscriptionStore;
import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.identity.LineIdentity;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.subscription.SubscriptionStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a journey reaches a customer it did not hear from (a click, a birthday): through an account one of their LINE
 * users follows.
 */
public final class JourneyReach {
    private final LineIdentityRepository identities;
    private final LineAccountRepository accounts;
    private final SubscriptionStore subscriptions;

    public JourneyReach(
            LineIdentityRepository identities, LineAccountRepository accounts, SubscriptionStore subscriptions) {
        this.identities = identities;
        this.accounts = accounts;
        this.subscriptions = subscriptions;
    }

    /** An account and LINE user of the customer that follows it, if any. */
    Optional<Map.Entry<LineAccountId, String>> of(OrgId orgId, CustomerId customerId) {
        List<LineAccount> all = accounts.all(orgId);
        for (LineIdentity identity : identities.ofCustomer(orgId, customerId)) {
            for (LineAccount account : all) {
                if (account.isActive()
                        && account.providerName().equals(identity.provider())
                        && subscriptions
                                        .find(orgId, account.id(), identity.lineUserId())
                                        .status()
                                == SubscriptionStatus.FOLLOWING) {
                    return Optional.of(Map.entry(account.id(), identity.lineUserId()));
                }
            }
        }
        return Optional.empty();
    }
}
