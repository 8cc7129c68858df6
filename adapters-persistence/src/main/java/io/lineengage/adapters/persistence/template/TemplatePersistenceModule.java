package io.lineengage.adapters.persistence.template;

import dagger.Module;
import dagger.Provides;
import io.lineengage.application.port.out.template.TemplateRepository;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

/** Message templates. */
@Module
public final class TemplatePersistenceModule {
    private TemplatePersistenceModule() {}

    @Provides
    @Singleton
    public static TemplateRepository templateRepository(Jdbi jdbi) {
        return new JdbiTemplates(jdbi);
    }
}
