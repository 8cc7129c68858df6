package io.lineengage.adapters.persistence.tracking;

import io.lineengage.adapters.persistence.org.OrgPersistenceModule;
import io.lineengage.adapters.persistence.postgres.TestStorage;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.application.port.out.tracking.AbstractTrackedLinksTest;
import io.lineengage.application.port.out.tracking.TrackedLinks;
import org.junit.jupiter.api.AfterAll;

class JdbiTrackedLinksTest extends AbstractTrackedLinksTest {
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
    protected TrackedLinks links() {
        return TrackingPersistenceModule.trackedLinks(STORAGE.jdbi());
    }
}
