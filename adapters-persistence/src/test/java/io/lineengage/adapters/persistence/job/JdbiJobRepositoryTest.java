package io.lineengage.adapters.persistence.job;

import io.lineengage.adapters.persistence.account.AccountPersistenceModule;
import io.lineengage.adapters.persistence.org.OrgPersistenceModule;
import io.lineengage.adapters.persistence.postgres.TestStorage;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.job.AbstractJobRepositoryTest;
import io.lineengage.application.port.out.job.JobRepository;
import io.lineengage.application.port.out.org.OrgRepository;
import org.junit.jupiter.api.AfterAll;

class JdbiJobRepositoryTest extends AbstractJobRepositoryTest {
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
    protected JobRepository repository() {
        return JobPersistenceModule.jobRepository(STORAGE.jdbi());
    }
}
