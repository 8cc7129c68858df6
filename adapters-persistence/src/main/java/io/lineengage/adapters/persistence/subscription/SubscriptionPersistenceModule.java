package io.lineengage.adapters.persistence.subscription;

import dagger.Module;
import dagger.Provides;
import io.lineengage.application.port.out.customer.CustomerConsents;
import io.lineengage.application.port.out.subscription.ConsentStore;
import io.lineengage.application.port.out.subscription.SubscriptionStore;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

/** Subscription status and consents (of LINE identities and of customers), each with its history. */
@Module
public final class SubscriptionPersistenceModule {
    private SubscriptionPersistenceModule() {}

    @Provides
    @Singleton
    public static SubscriptionStore subscriptionStore(Jdbi jdbi) {
        return new JdbiSubscriptionStore(jdbi);
    }

    @Provides
    @Singleton
    public static ConsentStore consentStore(Jdbi jdbi) {
        return new JdbiConsentStore(jdbi);
    }

    @Provides
    @Singleton
    public static CustomerConsents customerConsents(Jdbi jdbi) {
        return new JdbiCustomerConsents(jdbi);
    }
}
