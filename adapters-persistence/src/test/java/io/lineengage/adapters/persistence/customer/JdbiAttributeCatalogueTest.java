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

    @Override
    protected void holdValue(io.lineengage.domain.org.OrgId org, String name, io.lineengage.domain.customer.AttributeValue value) {
        CustomerPersistenceModule.customerBulkWriter(STORAGE.jdbi()).upsert(org, java.util.List.of(
                new io.lineengage.domain.customer.CustomerDraft("holder-" + name, java.util.Optional.empty(),
                        java.util.Optional.empty(), java.util.Optional.empty(), java.util.Map.of(name, value),
                        java.util.Optional.empty())), java.time.Instant.now());
    }
}
