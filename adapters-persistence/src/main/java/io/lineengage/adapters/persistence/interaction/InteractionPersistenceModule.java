package io.lineengage.adapters.persistence.interaction;

import dagger.Module;
import dagger.Provides;
import io.lineengage.application.port.out.interaction.InteractionHistory;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

/** A customer's interaction timeline. */
@Module
public final class InteractionPersistenceModule {
    private InteractionPersistenceModule() {}

    @Provides
    @Singleton
    public static InteractionHistory interactionHistory(Jdbi jdbi) {
        return new JdbiInteractionHistory(jdbi);
    }
}
