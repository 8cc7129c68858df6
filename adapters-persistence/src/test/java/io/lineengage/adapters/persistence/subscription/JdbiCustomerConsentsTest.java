package io.lineengage.adapters.persistence.subscription;

import io.lineengage.adapters.persistence.account.AccountPersistenceModule;
import io.lineengage.adapters.persistence.org.OrgPersistenceModule;
import io.lineengage.adapters.persistence.postgres.TestStorage;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.customer.AbstractCustomerConsentsTest;
import io.lineengage.application.port.out.customer.CustomerConsents;
import io.lineengage.application.port.out.org.OrgRepository;
import org.junit.jupiter.api.AfterAll;

class JdbiCustomerConsentsTest extends AbstractCustomerConsentsTest {
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
    protected CustomerConsents consents() {
        return SubscriptionPersistenceModule.customerConsents(STORAGE.jdbi());
    }
}
