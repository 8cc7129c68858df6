package io.lineengage.application.port.out.customer;

import io.lineengage.application.fake.InMemoryCustomers;
import io.lineengage.application.fake.InMemoryIdentities;
import io.lineengage.application.fake.InMemoryJobRepository;
import io.lineengage.application.fake.InMemoryLineAccountRepository;
import io.lineengage.application.fake.InMemoryOrgRepository;
import io.lineengage.application.port.out.org.OrgRepository;

class InMemoryAttributeCatalogueTest extends AbstractAttributeCatalogueTest {
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
    protected AttributeCatalogue catalogue() {
        return customers;
    }

    @Override
    protected void holdValue(io.lineengage.domain.org.OrgId org, String name, io.lineengage.domain.customer.AttributeValue value) {
        customers.upsert(org, java.util.List.of(new io.lineengage.domain.customer.CustomerDraft("holder-" + name,
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), java.util.Map.of(name, value),
                java.util.Optional.empty())), java.time.Instant.now());
    }
}
