package io.lineengage.adapters.persistence.webhook;

import dagger.Module;
import dagger.Provides;
import io.lineengage.application.port.out.webhook.InteractionLog;
import io.lineengage.application.port.out.webhook.LineEventLog;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

/** The webhook event log and the interactions drawn from it. */
@Module
public final class WebhookPersistenceModule {
    private WebhookPersistenceModule() {}

    @Provides
    @Singleton
    public static LineEventLog lineEventLog(Jdbi jdbi) {
        return new JdbiLineEventLog(jdbi);
    }

    @Provides
    @Singleton
    public static InteractionLog interactionLog(Jdbi jdbi) {
        return new JdbiInteractionLog(jdbi);
    }
}
