package io.lineengage.application.port.out.org;

import io.lineengage.application.fake.InMemoryApiKeyRepository;
import io.lineengage.application.fake.InMemoryOrgRepository;

class InMemoryApiKeyRepositoryTest extends AbstractApiKeyRepositoryTest {
    private final InMemoryOrgRepository orgs = new InMemoryOrgRepository();

    @Override
    protected OrgRepository orgRepository() {
        return orgs;
    }

    @Override
    protected ApiKeyRepository apiKeyRepository() {
        return new InMemoryApiKeyRepository(orgs);
    }
}
