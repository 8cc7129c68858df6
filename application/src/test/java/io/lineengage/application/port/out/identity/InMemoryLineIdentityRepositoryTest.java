package io.lineengage.application.port.out.identity;

import io.lineengage.application.fake.InMemoryCustomers;
import io.lineengage.application.fake.InMemoryIdentities;
import io.lineengage.application.fake.InMemoryJobRepository;
import io.lineengage.application.fake.InMemoryLineAccountRepository;
import io.lineengage.application.fake.InMemoryOrgRepository;
import io.lineengage.application.port.out.customer.CustomerRepository;
import io.lineengage.application.port.out.org.OrgRepository;

class InMemoryLineIdentityRepositoryTest extends AbstractLineIdentityRepositoryTest {
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
    protected CustomerRepository customerRepository() {
        return customers;
    }

    @Override
    protected LineIdentityRepository repository() {
        return identities;
    }
}
