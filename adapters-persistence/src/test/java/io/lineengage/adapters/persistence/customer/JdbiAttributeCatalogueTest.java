package io.lineengage.adapters.persistence.customer;

import io.lineengage.adapters.persistence.org.OrgPersistenceModule;
import io.lineengage.adapters.persistence.postgres.TestStorage;
import io.lineengage.application.port.out.org.OrgRepository;
import org.junit.jupiter.api.AfterAll;

class JdbiAttributeCatalogueTest extends io.lineengage.application.port.out.customer.AbstractAttributeCatalogueTest {
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
    protected io.lineengage.application.port.out.customer.AttributeCatalogue catalogue() {
        return CustomerPersistenceModule.attributeCatalogue(STORAGE.jdbi());
    }
}
