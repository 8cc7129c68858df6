package io.lineengage.adapters.line.webhook;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.javalin.plugin.Plugin;
import io.lineengage.application.port.in.webhook.ReceiveLineEventsUseCase;
import io.lineengage.application.port.in.webhook.WebhookAccountsUseCase;

/** Inbound LINE: the webhook route group, contributed to whichever web server the component runs. */
@Module
public final class WebhookModule {
    private WebhookModule() {}

    @Provides
    @IntoSet
    public static Plugin<Void> webhookRoutes(WebhookAccountsUseCase accounts, ReceiveLineEventsUseCase receive) {
        return new WebhookRoutes(
                accounts,
                receive,
                // A body with anything after its JSON is malformed, not the JSON before it.
                new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
    }
}
