package io.lineengage.adapters.persistence.audience;

import io.lineengage.adapters.persistence.account.AccountPersistenceModule;
import io.lineengage.adapters.persistence.customer.CustomerPersistenceModule;
import io.lineengage.adapters.persistence.identity.IdentityPersistenceModule;
import io.lineengage.adapters.persistence.org.OrgPersistenceModule;
import io.lineengage.adapters.persistence.postgres.TestStorage;
import io.lineengage.adapters.persistence.subscription.SubscriptionPersistenceModule;
import io.lineengage.adapters.persistence.tracking.TrackingPersistenceModule;
import io.lineengage.application.port.out.UnitOfWork;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.audience.AbstractAudienceQueryTest;
import io.lineengage.application.port.out.audience.AudienceQuery;
import io.lineengage.application.port.out.audience.CustomerListRepository;
import io.lineengage.application.port.out.customer.CustomerRepository;
import io.lineengage.application.port.out.identity.LineIdentityRepository;
import io.lineengage.application.port.out.identity.LineProfileCache;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.application.port.out.subscription.ConsentStore;
import io.lineengage.application.port.out.subscription.SubscriptionStore;
import io.lineengage.application.port.out.tracking.TrackedLinks;
import org.junit.jupiter.api.AfterAll;

class JdbiAudienceQueryTest extends AbstractAudienceQueryTest {
    private static final TestStorage STORAGE = TestStorage.fresh();

    @AfterAll
    static void close() {
        STORAGE.close();
    }

    @Override
    protected OrgRepository orgRepository() {
        return OrgPersistenceModule.orgRepository(STORAGE.jdbi());
    }

    @Override
    protected LineAccountRepository accountRepository() {
        return AccountPersistenceModule.lineAccountRepository(STORAGE.jdbi(), STORAGE.cipher());
    }

    @Override
    protected CustomerRepository customerRepository() {
        return CustomerPersistenceModule.customerRepository(STORAGE.jdbi());
    }

    @Override
    protected LineIdentityRepository identityRepository() {
        return IdentityPersistenceModule.lineIdentityRepository(STORAGE.jdbi());
    }

    @Override
    protected LineProfileCache profileCache() {
        return IdentityPersistenceModule.lineProfileCache(STORAGE.jdbi());
    }

    @Override
    protected SubscriptionStore subscriptionStore() {
        return SubscriptionPersistenceModule.subscriptionStore(STORAGE.jdbi());
    }

    @Override
    protected ConsentStore consentStore() {
        return SubscriptionPersistenceModule.consentStore(STORAGE.jdbi());
    }

    @Override
    protected CustomerListRepository listRepository() {
        return AudiencePersistenceModule.customerListRepository(STORAGE.jdbi());
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return STORAGE.unitOfWork();
    }

    @Override
    protected TrackedLinks trackedLinks() {
        return TrackingPersistenceModule.trackedLinks(STORAGE.jdbi());
    }

    @Override
    protected AudienceQuery query() {
        return AudiencePersistenceModule.audienceQuery(STORAGE.jdbi());
    }
}
