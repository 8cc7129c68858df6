package io.lineengage.application.port.out.transactional;

import io.lineengage.application.fake.InMemoryOrgRepository;
import io.lineengage.application.fake.InMemoryTransactionalMessages;
import io.lineengage.application.port.out.org.OrgRepository;

class InMemoryTransactionalMessagesTest extends AbstractTransactionalMessagesTest {
    private final InMemoryOrgRepository orgs = new InMemoryOrgRepository();
    private final InMemoryTransactionalMessages messages = new InMemoryTransactionalMessages();

    @Override
    protected OrgRepository orgRepository() {
        return orgs;
    }

    @Override
    protected TransactionalMessages messages() {
        return messages;
    }
}
