package io.lineengage.application.port.out.account;

import io.lineengage.application.fake.InMemoryLineAccountRepository;
import io.lineengage.application.fake.InMemoryOrgRepository;
import io.lineengage.application.port.out.org.OrgRepository;

class InMemoryLineAccountRepositoryTest extends AbstractLineAccountRepositoryTest {
    private final InMemoryOrgRepository orgs = new InMemoryOrgRepository();

    @Override
    protected OrgRepository orgRepository() {
        return orgs;
    }

    @Override
    protected LineAccountRepository repository() {
        return new InMemoryLineAccountRepository();
    }
}
