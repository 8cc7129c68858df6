package io.lineengage.application.port.out.tracking;

import io.lineengage.application.fake.InMemoryOrgRepository;
import io.lineengage.application.fake.InMemoryTrackedLinks;
import io.lineengage.application.port.out.org.OrgRepository;

class InMemoryTrackedLinksTest extends AbstractTrackedLinksTest {
    private final OrgRepository orgs = new InMemoryOrgRepository();
    private final TrackedLinks links = new InMemoryTrackedLinks();

    @Override
    protected OrgRepository orgRepository() {
        return orgs;
    }

    @Override
    protected TrackedLinks links() {
        return links;
    }
}
