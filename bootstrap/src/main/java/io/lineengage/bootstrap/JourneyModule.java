package io.lineengage.bootstrap;

import dagger.Lazy;
import dagger.Module;
import dagger.Provides;
import io.lineengage.application.port.in.journey.JourneysUseCase;
import io.lineengage.application.port.in.journey.RunJourneysUseCase;
import io.lineengage.application.port.in.journey.StartDatedJourneysUseCase;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.audience.AudienceQuery;
import io.lineengage.application.port.out.campaign.CampaignRepository;
import io.lineengage.application.port.out.campaign.SendPace;
import io.lineengage.application.port.out.customer.AttributeCatalogue;
import io.lineengage.application.port.out.customer.CustomerRepository;
import io.lineengage.application.port.out.gateway.GatewayRepository;
import io.lineengage.application.port.out.identity.LineIdentityRepository;
import io.lineengage.application.port.out.journey.JourneyEntries;
import io.lineengage.application.port.out.journey.JourneySteps;
import io.lineengage.application.port.out.journey.Journeys;
import io.lineengage.application.port.out.line.LineMessagingPort;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.application.port.out.subscription.ConsentStore;
import io.lineengage.application.port.out.subscription.SubscriptionStore;
import io.lineengage.application.port.out.template.TemplateRepository;
import io.lineengage.application.port.out.transactional.TransactionalMessages;
import io.lineengage.application.service.audience.FilterCatalogues;
import io.lineengage.application.service.journey.CustomerSteps;
import io.lineengage.application.service.journey.JourneyConditions;
import io.lineengage.application.service.journey.JourneyDates;
import io.lineengage.application.service.journey.JourneyReach;
import io.lineengage.application.service.journey.JourneyRunner;
import io.lineengage.application.service.journey.JourneySender;
import io.lineengage.application.service.journey.JourneyService;
import io.lineengage.application.service.journey.JourneyTriggers;
import io.lineengage.application.service.journey.LinkOrigins;
import io.lineengage.application.service.tracking.ClickReactions;
import io.lineengage.application.service.webhook.EventReactions;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Journeys: their use cases, the triggers webhook processing reacts with, and the worker that runs their steps. */
@Module
abstract class JourneyModule {
    @Provides
    @Singleton
    static JourneysUseCase journeys(
            Journeys journeys,
            JourneyEntries entries,
            JourneySteps steps,
            TemplateRepository templates,
            GatewayRepository gateways,
            FilterCatalogues catalogues,
            Clock clock) {
        return new JourneyService(journeys, entries, steps, templates, gateways, catalogues, clock);
    }

    @Provides
    @Singleton
    static JourneyTriggers journeyTriggers(
            Journeys journeys,
            JourneyEntries entries,
            LineIdentityRepository identities,
            JourneyReach reach,
            JourneyWorker worker,
            CampaignRepository campaigns,
            TransactionalMessages messages) {
        return new JourneyTriggers(journeys, entries, identities, reach, worker, new LinkOrigins(campaigns, messages));
    }

    @Provides
    @Singleton
    static JourneyReach journeyReach(
            LineIdentityRepository identities, LineAccountRepository accounts, SubscriptionStore subscriptions) {
        return new JourneyReach(identities, accounts, subscriptions);
    }

    @Provides
    @Singleton
    static StartDatedJourneysUseCase journeyDates(
            Journeys journeys,
            JourneyEntries entries,
            AudienceQuery audienceQuery,
            JourneyReach reach,
            OrgRepository orgs,
            JourneyWorker worker,
            Clock clock) {
        return new JourneyDates(journeys, entries, audienceQuery, reach, orgs, worker, clock);
    }

    @Provides
    static EventReactions eventReactions(JourneyTriggers triggers) {
        return triggers;
    }

    @Provides
    static ClickReactions clickReactions(JourneyTriggers triggers) {
        return triggers;
    }

    @Provides
    @Singleton
    static RunJourneysUseCase runJourneys(
            Journeys journeys,
            JourneyEntries entries,
            JourneySteps steps,
            TemplateRepository templates,
            LineAccountRepository accounts,
            GatewayRepository gateways,
            SendPace pace,
            LineMessagingPort line,
            SubscriptionStore subscriptions,
            ConsentStore consents,
            AudienceQuery audienceQuery,
            FilterCatalogues catalogues,
            OrgRepository orgs,
            CustomerRepository customers,
            AttributeCatalogue attributes,
            Clock clock) {
        return new JourneyRunner(
                journeys,
                entries,
                steps,
                new JourneySender(steps, templates, accounts, gateways, pace, line, clock),
                new JourneyConditions(subscriptions, consents, audienceQuery, catalogues, orgs, clock),
                new CustomerSteps(customers, attributes, clock),
                customers,
                clock);
    }

    /** The worker and the runner know each other through the signal: the worker is made first, lazily bound. */
    @Provides
    @Singleton
    static JourneyWorker journeyWorker(Lazy<StartDatedJourneysUseCase> dates, Lazy<RunJourneysUseCase> runner) {
        return new JourneyWorker(dates, runner);
    }
}
