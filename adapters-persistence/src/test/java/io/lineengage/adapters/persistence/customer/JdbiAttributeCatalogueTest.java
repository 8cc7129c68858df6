package io.lineengage.adapters.persistence.customer;

import io.lineengage.adapters.persistence.org.OrgPersistenceModule;
import io.lineengage.adapters.persistence.postgres.TestStorage;
import io.lineengage.application.port.out.customer.AbstractAttributeCatalogueTest;
import io.lineengage.application.port.out.customer.AttributeCatalogue;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.domain.customer.AttributeValue;
import io.lineengage.domain.customer.CustomerDraft;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;

class JdbiAttributeCatalogueTest extends AbstractAttributeCatalogueTest {
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
    protected AttributeCatalogue catalogue() {
        return CustomerPersistenceModule.attributeCatalogue(STORAGE.jdbi());
    }

    @Override
    protected void holdValue(OrgId org, String name, AttributeValue value) {
        CustomerPersistenceModule.customerBulkWriter(STORAGE.jdbi())
                .upsert(
                        org,
                        List.of(new CustomerDraft(
                                "holder-" + name,
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Map.of(name, value),
                                Optional.empty())),
                        Instant.now());
    }
}
