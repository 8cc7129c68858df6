package io.lineengage.application.port.out.customer;

import io.lineengage.application.fake.InMemoryCustomers;
import io.lineengage.application.fake.InMemoryIdentities;
import io.lineengage.application.fake.InMemoryJobRepository;
import io.lineengage.application.fake.InMemoryLineAccountRepository;
import io.lineengage.application.fake.InMemoryOrgRepository;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.domain.customer.AttributeValue;
import io.lineengage.domain.customer.CustomerDraft;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    protected void holdValue(OrgId org, String name, AttributeValue value) {
        customers.upsert(
                org,
                List.of(new CustomerDraft(
                        "holder-" + name,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Map.of(name, value),
                        Optional.empty())),
                Instant.now());
    }
}
