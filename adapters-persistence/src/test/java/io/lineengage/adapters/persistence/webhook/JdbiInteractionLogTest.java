package io.lineengage.adapters.persistence.webhook;

import io.lineengage.adapters.persistence.account.AccountPersistenceModule;
import io.lineengage.adapters.persistence.org.OrgPersistenceModule;
import io.lineengage.adapters.persistence.postgres.TestStorage;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.application.port.out.webhook.AbstractInteractionLogTest;
import io.lineengage.application.port.out.webhook.InteractionLog;
import org.junit.jupiter.api.AfterAll;

class JdbiInteractionLogTest extends AbstractInteractionLogTest {
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
    protected InteractionLog log() {
        return new JdbiInteractionLog(STORAGE.jdbi());
    }
}
