package io.lineengage.application.port.out.audience;

import io.lineengage.application.fake.DirectUnitOfWork;
import io.lineengage.application.fake.InMemoryAudienceQuery;
import io.lineengage.application.fake.InMemoryCampaigns;
import io.lineengage.application.fake.InMemoryConsentStore;
import io.lineengage.application.fake.InMemoryCustomerLists;
import io.lineengage.application.fake.InMemoryCustomers;
import io.lineengage.application.fake.InMemoryIdentities;
import io.lineengage.application.fake.InMemoryInteractionLog;
import io.lineengage.application.fake.InMemoryLineAccountRepository;
import io.lineengage.application.fake.InMemoryOrgRepository;
import io.lineengage.application.fake.InMemorySubscriptionStore;
import io.lineengage.application.fake.InMemoryTrackedLinks;
import io.lineengage.application.port.out.UnitOfWork;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.customer.CustomerRepository;
import io.lineengage.application.port.out.identity.LineIdentityRepository;
import io.lineengage.application.port.out.identity.LineProfileCache;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.application.port.out.subscription.ConsentStore;
import io.lineengage.application.port.out.subscription.SubscriptionStore;
import io.lineengage.application.port.out.tracking.TrackedLinks;

class InMemoryAudienceQueryTest extends AbstractAudienceQueryTest {
    private final InMemoryOrgRepository orgs = new InMemoryOrgRepository();
    private final InMemoryLineAccountRepository accounts = new InMemoryLineAccountRepository();
    private final InMemoryCustomers customers = new InMemoryCustomers();
    private final InMemoryIdentities identities = new InMemoryIdentities();
    private final InMemorySubscriptionStore subscriptions = new InMemorySubscriptionStore();
    private final InMemoryConsentStore consents = new InMemoryConsentStore();
    private final InMemoryCustomerLists lists = new InMemoryCustomerLists(customers);
    private final InMemoryTrackedLinks trackedLinks = new InMemoryTrackedLinks();
    private final InMemoryAudienceQuery query = new InMemoryAudienceQuery(
            customers,
            identities,
            accounts,
            subscriptions,
            consents,
            lists,
            new InMemoryInteractionLog(),
            new InMemoryCampaigns(),
            trackedLinks);

    @Override
    protected TrackedLinks trackedLinks() {
        return trackedLinks;
    }

    @Override
    protected OrgRepository orgRepository() {
        return orgs;
    }

    @Override
    protected LineAccountRepository accountRepository() {
        return accounts;
    }

    @Override
    protected CustomerRepository customerRepository() {
        return customers;
    }

    @Override
    protected LineIdentityRepository identityRepository() {
        return identities;
    }

    @Override
    protected LineProfileCache profileCache() {
        return identities;
    }

    @Override
    protected SubscriptionStore subscriptionStore() {
        return subscriptions;
    }

    @Override
    protected ConsentStore consentStore() {
        return consents;
    }

    @Override
    protected CustomerListRepository listRepository() {
        return lists;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return new DirectUnitOfWork();
    }

    @Override
    protected AudienceQuery query() {
        return query;
    }
}
