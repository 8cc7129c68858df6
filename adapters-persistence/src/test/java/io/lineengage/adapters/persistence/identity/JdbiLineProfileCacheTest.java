package io.lineengage.adapters.persistence.identity;

import io.lineengage.adapters.persistence.org.OrgPersistenceModule;
import io.lineengage.adapters.persistence.postgres.TestStorage;
import io.lineengage.application.port.out.identity.AbstractLineProfileCacheTest;
import io.lineengage.application.port.out.identity.LineProfileCache;
import io.lineengage.application.port.out.org.OrgRepository;
import org.junit.jupiter.api.AfterAll;

class JdbiLineProfileCacheTest extends AbstractLineProfileCacheTest {
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
    protected LineProfileCache cache() {
        return IdentityPersistenceModule.lineProfileCache(STORAGE.jdbi());
    }
}
