package io.lineengage.adapters.http;

import dagger.Module;
import io.lineengage.adapters.http.account.AccountWebModule;
import io.lineengage.adapters.http.audience.AudienceWebModule;
import io.lineengage.adapters.http.campaign.CampaignWebModule;
import io.lineengage.adapters.http.customer.CustomerWebModule;
import io.lineengage.adapters.http.gateway.GatewayWebModule;
import io.lineengage.adapters.http.interaction.InteractionWebModule;
import io.lineengage.adapters.http.journey.JourneyWebModule;
import io.lineengage.adapters.http.message.MessageWebModule;
import io.lineengage.adapters.http.ops.OperationsModule;
import io.lineengage.adapters.http.org.OrgWebModule;
import io.lineengage.adapters.http.subscription.SubscriptionWebModule;
import io.lineengage.adapters.http.template.TemplateWebModule;
import io.lineengage.adapters.http.tracking.TrackingWebModule;
import io.lineengage.adapters.http.web.WebServerModule;

/** The REST API adapter: the web server and this adapter's route groups, one module per feature. */
@Module(
        includes = {
            WebServerModule.class,
            OperationsModule.class,
            OrgWebModule.class,
            AccountWebModule.class,
            SubscriptionWebModule.class,
            CustomerWebModule.class,
            AudienceWebModule.class,
            TemplateWebModule.class,
            JourneyWebModule.class,
            GatewayWebModule.class,
            CampaignWebModule.class,
            MessageWebModule.class,
            InteractionWebModule.class,
            TrackingWebModule.class
        })
public final class HttpModule {
    private HttpModule() {}
}
