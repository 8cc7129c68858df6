package io.lineengage.adapters.persistence.audience;

import io.lineengage.adapters.persistence.org.OrgPersistenceModule;
import io.lineengage.adapters.persistence.postgres.TestStorage;
import io.lineengage.application.port.out.audience.AbstractAudienceRepositoryTest;
import io.lineengage.application.port.out.audience.AudienceRepository;
import io.lineengage.application.port.out.org.OrgRepository;
import org.junit.jupiter.api.AfterAll;

class JdbiAudienceRepositoryTest extends AbstractAudienceRepositoryTest {
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
    protected AudienceRepository repository() {
        return AudiencePersistenceModule.audienceRepository(STORAGE.jdbi());
    }
}
