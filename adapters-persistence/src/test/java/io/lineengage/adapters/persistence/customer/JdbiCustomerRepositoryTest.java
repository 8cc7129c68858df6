package io.lineengage.adapters.persistence.customer;

import io.lineengage.adapters.persistence.org.OrgPersistenceModule;
import io.lineengage.adapters.persistence.postgres.TestStorage;
import io.lineengage.application.port.out.customer.AbstractCustomerRepositoryTest;
import io.lineengage.application.port.out.customer.CustomerRepository;
import io.lineengage.application.port.out.org.OrgRepository;
import org.junit.jupiter.api.AfterAll;

class JdbiCustomerRepositoryTest extends AbstractCustomerRepositoryTest {
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
    protected CustomerRepository repository() {
        return CustomerPersistenceModule.customerRepository(STORAGE.jdbi());
    }
}
