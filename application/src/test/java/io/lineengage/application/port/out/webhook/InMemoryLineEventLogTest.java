package io.lineengage.application.port.out.webhook;

import io.lineengage.application.fake.DirectUnitOfWork;
import io.lineengage.application.fake.InMemoryLineAccountRepository;
import io.lineengage.application.fake.InMemoryLineEventLog;
import io.lineengage.application.fake.InMemoryOrgRepository;
import io.lineengage.application.port.out.UnitOfWork;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.org.OrgRepository;

class InMemoryLineEventLogTest extends AbstractLineEventLogTest {
    private final InMemoryOrgRepository orgs = new InMemoryOrgRepository();
    private final InMemoryLineAccountRepository accounts = new InMemoryLineAccountRepository();
    private final InMemoryLineEventLog log = new InMemoryLineEventLog();

    @Override
    protected OrgRepository orgRepository() {
        return orgs;
    }

    @Override
    protected LineAccountRepository accountRepository() {
        return accounts;
    }

    @Override
    protected LineEventLog log() {
        return log;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return new DirectUnitOfWork();
    }
}
