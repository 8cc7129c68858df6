package io.lineengage.application.port.out.audience;

import io.lineengage.application.fake.InMemoryAudiences;
import io.lineengage.application.fake.InMemoryOrgRepository;
import io.lineengage.application.port.out.org.OrgRepository;

class InMemoryAudienceRepositoryTest extends AbstractAudienceRepositoryTest {
    private final InMemoryOrgRepository orgs = new InMemoryOrgRepository();
    private final InMemoryAudiences audiences = new InMemoryAudiences();

    @Override
    protected OrgRepository orgRepository() {
        return orgs;
    }

    @Override
    protected AudienceRepository repository() {
        return audiences;
    }
}
