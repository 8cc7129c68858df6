package io.lineengage.adapters.persistence.identity;

import io.lineengage.adapters.persistence.account.AccountPersistenceModule;
import io.lineengage.adapters.persistence.org.OrgPersistenceModule;
import io.lineengage.adapters.persistence.postgres.TestStorage;
import io.lineengage.adapters.persistence.subscription.SubscriptionPersistenceModule;
import io.lineengage.application.port.out.UnitOfWork;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.identity.AbstractProfileGapsTest;
import io.lineengage.application.port.out.identity.LineProfileCache;
import io.lineengage.application.port.out.identity.ProfileGaps;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.application.port.out.subscription.SubscriptionStore;
import org.junit.jupiter.api.AfterAll;

class JdbiProfileGapsTest extends AbstractProfileGapsTest {
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
    protected SubscriptionStore subscriptions() {
        return SubscriptionPersistenceModule.subscriptionStore(STORAGE.jdbi());
    }

    @Override
    protected LineProfileCache profiles() {
        return IdentityPersistenceModule.lineProfileCache(STORAGE.jdbi());
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return STORAGE.unitOfWork();
    }

    @Override
    protected ProfileGaps gaps() {
        return IdentityPersistenceModule.profileGaps(STORAGE.jdbi());
    }
}
