package io.lineengage.adapters.persistence.transactional;

import dagger.Module;
import dagger.Provides;
import io.lineengage.application.port.out.transactional.TransactionalMessages;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

/** Transactional messages. */
@Module
public final class TransactionalPersistenceModule {
    private TransactionalPersistenceModule() {}

    @Provides
    @Singleton
    public static TransactionalMessages transactionalMessages(Jdbi jdbi) {
        return new JdbiTransactionalMessages(jdbi);
    }
}
