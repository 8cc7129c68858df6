package io.lineengage.adapters.persistence.webhook;

import io.lineengage.adapters.persistence.account.AccountPersistenceModule;
import io.lineengage.adapters.persistence.org.OrgPersistenceModule;
import io.lineengage.adapters.persistence.postgres.TestStorage;
import io.lineengage.application.port.out.UnitOfWork;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.application.port.out.webhook.AbstractLineEventLogTest;
import io.lineengage.application.port.out.webhook.LineEventLog;
import org.junit.jupiter.api.AfterAll;

class JdbiLineEventLogTest extends AbstractLineEventLogTest {
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
    protected LineEventLog log() {
        return new JdbiLineEventLog(STORAGE.jdbi());
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return STORAGE.unitOfWork();
    }
}
