package io.lineengage.adapters.persistence;

import dagger.Module;
import io.lineengage.adapters.persistence.account.AccountPersistenceModule;
import io.lineengage.adapters.persistence.audience.AudiencePersistenceModule;
import io.lineengage.adapters.persistence.campaign.CampaignPersistenceModule;
import io.lineengage.adapters.persistence.customer.CustomerPersistenceModule;
import io.lineengage.adapters.persistence.gateway.GatewayPersistenceModule;
import io.lineengage.adapters.persistence.identity.IdentityPersistenceModule;
import io.lineengage.adapters.persistence.interaction.InteractionPersistenceModule;
import io.lineengage.adapters.persistence.job.JobPersistenceModule;
import io.lineengage.adapters.persistence.journey.JourneyPersistenceModule;
import io.lineengage.adapters.persistence.org.OrgPersistenceModule;
import io.lineengage.adapters.persistence.pace.PacePersistenceModule;
import io.lineengage.adapters.persistence.postgres.PostgresModule;
import io.lineengage.adapters.persistence.subscription.SubscriptionPersistenceModule;
import io.lineengage.adapters.persistence.template.TemplatePersistenceModule;
import io.lineengage.adapters.persistence.tracking.TrackingPersistenceModule;
import io.lineengage.adapters.persistence.transactional.TransactionalPersistenceModule;
import io.lineengage.adapters.persistence.webhook.WebhookPersistenceModule;

/** The PostgreSQL adapter: every out-port it implements, one module per feature. */
@Module(
        includes = {
            PostgresModule.class,
            OrgPersistenceModule.class,
            AccountPersistenceModule.class,
            WebhookPersistenceModule.class,
            SubscriptionPersistenceModule.class,
            CustomerPersistenceModule.class,
            IdentityPersistenceModule.class,
            JobPersistenceModule.class,
            AudiencePersistenceModule.class,
            TemplatePersistenceModule.class,
            GatewayPersistenceModule.class,
            CampaignPersistenceModule.class,
            JourneyPersistenceModule.class,
            PacePersistenceModule.class,
            TransactionalPersistenceModule.class,
            InteractionPersistenceModule.class,
            TrackingPersistenceModule.class
        })
public final class PersistenceModule {
    private PersistenceModule() {}
}
