package io.lineengage.application.port.out.org;

import io.lineengage.application.fake.InMemoryOrgRepository;

class InMemoryOrgRepositoryTest extends AbstractOrgRepositoryTest {
    @Override
    protected OrgRepository repository() {
        return new InMemoryOrgRepository();
    }
}
