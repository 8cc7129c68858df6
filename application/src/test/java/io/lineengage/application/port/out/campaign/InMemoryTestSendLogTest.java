package io.lineengage.application.port.out.campaign;

import io.lineengage.application.fake.InMemoryOrgRepository;
import io.lineengage.application.fake.InMemoryTestSendLog;
import io.lineengage.application.port.out.org.OrgRepository;

class InMemoryTestSendLogTest extends AbstractTestSendLogTest {
    private final OrgRepository orgs = new InMemoryOrgRepository();
    private final TestSendLog log = new InMemoryTestSendLog();

    @Override
    protected OrgRepository orgRepository() {
        return orgs;
    }

    @Override
    protected TestSendLog log() {
        return log;
    }
}
