package io.lineengage.adapters.persistence.transactional;

import io.lineengage.adapters.persistence.org.OrgPersistenceModule;
import io.lineengage.adapters.persistence.postgres.TestStorage;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.application.port.out.transactional.AbstractTransactionalMessagesTest;
import io.lineengage.application.port.out.transactional.TransactionalMessages;
import org.junit.jupiter.api.AfterAll;

class JdbiTransactionalMessagesTest extends AbstractTransactionalMessagesTest {
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
    protected TransactionalMessages messages() {
        return TransactionalPersistenceModule.transactionalMessages(STORAGE.jdbi());
    }
}
