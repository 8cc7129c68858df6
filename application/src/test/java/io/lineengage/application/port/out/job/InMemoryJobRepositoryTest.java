package io.lineengage.application.port.out.job;

import io.lineengage.application.fake.InMemoryCustomers;
import io.lineengage.application.fake.InMemoryIdentities;
import io.lineengage.application.fake.InMemoryJobRepository;
import io.lineengage.application.fake.InMemoryLineAccountRepository;
import io.lineengage.application.fake.InMemoryOrgRepository;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.org.OrgRepository;

class InMemoryJobRepositoryTest extends AbstractJobRepositoryTest {
    private final InMemoryOrgRepository orgs = new InMemoryOrgRepository();
    private final InMemoryCustomers customers = new InMemoryCustomers();
    private final InMemoryIdentities identities = new InMemoryIdentities();
    private final InMemoryLineAccountRepository accounts = new InMemoryLineAccountRepository();
    private final InMemoryJobRepository jobs = new InMemoryJobRepository();

    @Override
    protected OrgRepository orgRepository() {
        return orgs;
    }

    @Override
    protected LineAccountRepository accountRepository() {
        return accounts;
    }

    @Override
    protected JobRepository repository() {
        return jobs;
    }
}
