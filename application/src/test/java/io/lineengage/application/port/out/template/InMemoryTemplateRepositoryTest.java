package io.lineengage.application.port.out.template;

import io.lineengage.application.fake.InMemoryOrgRepository;
import io.lineengage.application.fake.InMemoryTemplates;
import io.lineengage.application.port.out.org.OrgRepository;

class InMemoryTemplateRepositoryTest extends AbstractTemplateRepositoryTest {
    private final InMemoryOrgRepository orgs = new InMemoryOrgRepository();
    private final InMemoryTemplates templates = new InMemoryTemplates();

    @Override
    protected OrgRepository orgRepository() {
        return orgs;
    }

    @Override
    protected TemplateRepository repository() {
        return templates;
    }
}
