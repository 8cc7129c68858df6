package io.lineengage.application.service.customer;

import io.lineengage.application.port.in.customer.CustomersUseCase;
import io.lineengage.application.port.in.customer.LookupUseCase;
import io.lineengage.application.port.in.subscription.GetSubscriptionUseCase;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.customer.CustomerRepository;
import io.lineengage.application.port.out.customer.PhoneNumbers;
import io.lineengage.application.port.out.identity.LineIdentityRepository;
import io.lineengage.application.port.out.identity.LineProfileCache;
import io.lineengage.application.port.out.line.LineMessagingPort;
import io.lineengage.application.port.out.line.LineResult;
import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.error.NotFoundException;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.identity.LineIdentity;
import io.lineengage.domain.line.LineProfile;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.subscription.SubscriptionStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * User details: the customer, their LINE identities with the LINE profile (fetched through LINE and kept for
 * {@code profileAge}), their subscription and consents with every account of that provider.
 */
public final class LookupService implements LookupUseCase {

    private final CustomersUseCase customerService;
    private final CustomerRepository customers;
    private final LineIdentityRepository identities;
    private final LineProfileCache profiles;
    private final LineAccountRepository accounts;
    private final GetSubscriptionUseCase subscriptions;
    private final LineMessagingPort line;
    private final PhoneNumbers phones;
    private final Clock clock;
    private final Duration profileAge;

    public LookupService(
            CustomersUseCase customerService,
            CustomerRepository customers,
            LineIdentityRepository identities,
            LineProfileCache profiles,
            LineAccountRepository accounts,
            GetSubscriptionUseCase subscriptions,
            LineMessagingPort line,
            PhoneNumbers phones,
            Clock clock,
            Duration profileAge) {
        this.customerService = customerService;
        this.customers = customers;
        this.identities = identities;
        this.profiles = profiles;
        this.accounts = accounts;
        this.subscriptions = subscriptions;
        this.line = line;
        this.phones = phones;
        this.clock = clock;
        this.profileAge = profileAge;
    }

    @Override
    public Details lookup(OrgId orgId, Key key) {
        Customer customer = find(orgId, key);
        List<LineAccount> orgAccounts = accounts.all(orgId);
        List<Identity> found = new ArrayList<>();
        for (LineIdentity identity : identities.ofCustomer(orgId, customer.id())) {
            List<LineAccount> ofProvider = orgAccounts.stream()
                    .filter(account -> account.providerName().equals(identity.provider()))
                    .toList();
            List<AccountSubscription> statuses = ofProvider.stream()
                    .map(account -> new AccountSubscription(
                            account.id(),
                            account.name(),
                            subscriptions.get(orgId, account.id(), identity.lineUserId())))
                    .toList();
            Optional<LineProfileCache.Cached> profile = profile(orgId, identity, ofProvider, statuses);
            found.add(new Identity(
                    identity.provider(),
                    identity.lineUserId(),
                    profile.map(LineProfileCache.Cached::profile),
                    profile.map(LineProfileCache.Cached::fetchedAt),
                    statuses));
        }
        return new Details(customer, found);
    }

    private Customer find(OrgId orgId, Key key) {
        if (key instanceof Key.ByCustomerId byId) {
            return customerService.get(orgId, new CustomerId(byId.customerId()));
        } else if (key instanceof Key.ByExternalId byExternal) {
            return customers
                    .findByExternalId(orgId, byExternal.externalId())
                    .orElseThrow(() -> new NotFoundException("customer with externalId", byExternal.externalId()));
        } else if (key instanceof Key.ByMobile byMobile) {
            String mobile = phones.toE164(byMobile.mobile())
                    .orElseThrow(() -> ValidationException.of("mobile", "is not a valid phone number"));
            return customers.findByMobile(orgId, mobile).stream()
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("customer with mobile", mobile));
        }
        String lineUserId = ((Key.ByLineUserId) key).lineUserId();
        return identities.withLineUserId(orgId, lineUserId).stream()
                .findFirst()
                .map(identity -> customerService.get(orgId, identity.customerId()))
                .orElseThrow(() -> new NotFoundException("customer with LINE user", lineUserId));
    }

    /** The cached profile while it is fresh; else asks LINE through an account the user follows (keeping the old one if LINE cannot tell). */
    private Optional<LineProfileCache.Cached> profile(
            OrgId orgId, LineIdentity identity, List<LineAccount> ofProvider, List<AccountSubscription> statuses) {
        Optional<LineProfileCache.Cached> cached =
                profiles.cachedProfile(orgId, identity.provider(), identity.lineUserId());
        Instant now = clock.instant();
        if (cached.isPresent() && cached.get().fetchedAt().plus(profileAge).isAfter(now)) {
            return cached;
        }
        Optional<LineAccount> followed = ofProvider.stream()
                .filter(LineAccount::isActive)
                .filter(account -> statuses.stream()
                        .anyMatch(status -> status.accountId().equals(account.id())
                                && status.subscription().status() == SubscriptionStatus.FOLLOWING))
                .findFirst();
        if (followed.isEmpty()) {
            return cached;
        }
        LineResult<LineProfile> fetched = line.profile(followed.get().credentials(), identity.lineUserId());
        if (fetched instanceof LineResult.Success<LineProfile> success) {
            profiles.save(orgId, identity.provider(), success.value(), now);
            return Optional.of(new LineProfileCache.Cached(success.value(), now));
        }
        return cached;
    }
}
