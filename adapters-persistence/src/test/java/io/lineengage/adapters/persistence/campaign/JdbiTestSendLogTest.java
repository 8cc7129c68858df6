package io.lineengage.adapters.persistence.campaign;

import io.lineengage.adapters.persistence.org.OrgPersistenceModule;
import io.lineengage.adapters.persistence.postgres.TestStorage;
import io.lineengage.application.port.out.campaign.AbstractTestSendLogTest;
import io.lineengage.application.port.out.campaign.TestSendLog;
import io.lineengage.application.port.out.org.OrgRepository;
import org.junit.jupiter.api.AfterAll;

class JdbiTestSendLogTest extends AbstractTestSendLogTest {
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
    protected TestSendLog log() {
        return CampaignPersistenceModule.testSendLog(STORAGE.jdbi());
    }
}
