package io.lineengage.adapters.http.subscription;

import com.fasterxml.jackson.databind.ObjectMapper;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.javalin.plugin.Plugin;
import io.lineengage.application.port.in.subscription.ChangeConsentUseCase;
import io.lineengage.application.port.in.subscription.GetSubscriptionUseCase;
import jakarta.inject.Named;

@Module
public final class SubscriptionWebModule {
    private SubscriptionWebModule() {}

    @Provides
    @IntoSet
    public static Plugin<Void> subscriptionRoutes(
            @Named("api") ObjectMapper json, GetSubscriptionUseCase subscriptions, ChangeConsentUseCase consents) {
        return new SubscriptionRoutes(json, subscriptions, consents);
    }
}
