package io.lineengage.adapters.persistence.identity;

import io.lineengage.adapters.persistence.customer.CustomerPersistenceModule;
import io.lineengage.adapters.persistence.org.OrgPersistenceModule;
import io.lineengage.adapters.persistence.postgres.TestStorage;
import io.lineengage.application.port.out.customer.CustomerRepository;
import io.lineengage.application.port.out.identity.AbstractLineIdentityRepositoryTest;
import io.lineengage.application.port.out.identity.LineIdentityRepository;
import io.lineengage.application.port.out.org.OrgRepository;
import org.junit.jupiter.api.AfterAll;

class JdbiLineIdentityRepositoryTest extends AbstractLineIdentityRepositoryTest {
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
    protected CustomerRepository customerRepository() {
        return CustomerPersistenceModule.customerRepository(STORAGE.jdbi());
    }

    @Override
    protected LineIdentityRepository repository() {
        return IdentityPersistenceModule.lineIdentityRepository(STORAGE.jdbi());
    }
}
