package io.lineengage.application.port.out.audience;

import io.lineengage.application.fake.InMemoryCustomerLists;
import io.lineengage.application.fake.InMemoryCustomers;
import io.lineengage.application.fake.InMemoryOrgRepository;
import io.lineengage.application.port.out.customer.CustomerRepository;
import io.lineengage.application.port.out.org.OrgRepository;

class InMemoryCustomerListRepositoryTest extends AbstractCustomerListRepositoryTest {
    private final InMemoryOrgRepository orgs = new InMemoryOrgRepository();
    private final InMemoryCustomers customers = new InMemoryCustomers();
    private final InMemoryCustomerLists lists = new InMemoryCustomerLists(customers);

    @Override
    protected OrgRepository orgRepository() {
        return orgs;
    }

    @Override
    protected CustomerRepository customerRepository() {
        return customers;
    }

    @Override
    protected CustomerListRepository repository() {
        return lists;
    }
}
