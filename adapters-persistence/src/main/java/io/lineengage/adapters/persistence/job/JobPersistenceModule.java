package io.lineengage.adapters.persistence.job;

import dagger.Module;
import dagger.Provides;
import io.lineengage.application.port.out.job.JobRepository;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

@Module
public final class JobPersistenceModule {
    private JobPersistenceModule() {}

    @Provides
    @Singleton
    public static JobRepository jobRepository(Jdbi jdbi) {
        return new JdbiJobRepository(jdbi);
    }
}
