package io.lineengage.adapters.persistence.template;

import io.lineengage.adapters.persistence.org.OrgPersistenceModule;
import io.lineengage.adapters.persistence.postgres.TestStorage;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.application.port.out.template.AbstractTemplateRepositoryTest;
import io.lineengage.application.port.out.template.TemplateRepository;
import org.junit.jupiter.api.AfterAll;

class JdbiTemplateRepositoryTest extends AbstractTemplateRepositoryTest {
    private static final TestStorage STORAGE = TestStorage.fresh();

    @AfterAll
    static void close() {
        STORAGE.close();
    }

    @Override
    protected OrgRepository orgRepository() {
        return OrgPersistenceModule.orgRepository(STORAGE.jdbi());
    }

    @Override
    protected TemplateRepository repository() {
        return TemplatePersistenceModule.templateRepository(STORAGE.jdbi());
    }
}
