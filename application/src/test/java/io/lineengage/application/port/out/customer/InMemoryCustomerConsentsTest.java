package io.lineengage.application.port.out.customer;

import io.lineengage.application.fake.InMemoryCustomerConsents;
import io.lineengage.application.fake.InMemoryLineAccountRepository;
import io.lineengage.application.fake.InMemoryOrgRepository;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.org.OrgRepository;

class InMemoryCustomerConsentsTest extends AbstractCustomerConsentsTest {
    private final InMemoryOrgRepository orgs = new InMemoryOrgRepository();
    private final InMemoryLineAccountRepository accounts = new InMemoryLineAccountRepository();
    private final InMemoryCustomerConsents consents = new InMemoryCustomerConsents();

    @Override
    protected OrgRepository orgRepository() {
        return orgs;
    }

    @Override
    protected LineAccountRepository accountRepository() {
        return accounts;
    }

    @Override
    protected CustomerConsents consents() {
        return consents;
    }
}
