package io.lineengage.application.port.out.subscription;

import io.lineengage.application.fake.DirectUnitOfWork;
import io.lineengage.application.fake.InMemoryLineAccountRepository;
import io.lineengage.application.fake.InMemoryOrgRepository;
import io.lineengage.application.fake.InMemorySubscriptionStore;
import io.lineengage.application.port.out.UnitOfWork;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.org.OrgRepository;

class InMemorySubscriptionStoreTest extends AbstractSubscriptionStoreTest {
    private final InMemoryOrgRepository orgs = new InMemoryOrgRepository();
    private final InMemoryLineAccountRepository accounts = new InMemoryLineAccountRepository();

    @Override
    protected OrgRepository orgRepository() {
        return orgs;
    }

    @Override
    protected LineAccountRepository accountRepository() {
        return accounts;
    }

    @Override
    protected SubscriptionStore store() {
        return new InMemorySubscriptionStore();
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return new DirectUnitOfWork();
    }
}
