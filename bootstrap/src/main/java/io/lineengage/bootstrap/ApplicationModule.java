package io.lineengage.bootstrap;

import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import io.lineengage.adapters.console.ConsoleSettings;
import io.lineengage.adapters.http.web.HttpSettings;
import io.lineengage.application.port.in.account.CheckLineAccountUseCase;
import io.lineengage.application.port.in.account.FindLineAccountsUseCase;
import io.lineengage.application.port.in.account.RegisterLineAccountUseCase;
import io.lineengage.application.port.in.account.UpdateLineAccountUseCase;
import io.lineengage.application.port.in.audience.AudiencesUseCase;
import io.lineengage.application.port.in.audience.CustomerListsUseCase;
import io.lineengage.application.port.in.campaign.CreateCampaignUseCase;
import io.lineengage.application.port.in.campaign.DispatchCampaignsUseCase;
import io.lineengage.application.port.in.campaign.FreezeAudiencesUseCase;
import io.lineengage.application.port.in.campaign.LaunchCampaignUseCase;
import io.lineengage.application.port.in.campaign.ListCampaignsUseCase;
import io.lineengage.application.port.in.campaign.MoveCampaignUseCase;
import io.lineengage.application.port.in.campaign.ReadCampaignStatisticsUseCase;
import io.lineengage.application.port.in.campaign.ReadCampaignUseCase;
import io.lineengage.application.port.in.campaign.StartScheduledCampaignsUseCase;
import io.lineengage.application.port.in.campaign.TestSendCampaignUseCase;
import io.lineengage.application.port.in.customer.CustomersUseCase;
import io.lineengage.application.port.in.customer.ImportCustomersUseCase;
import io.lineengage.application.port.in.customer.KeepProfilesUseCase;
import io.lineengage.application.port.in.customer.LineIdentitiesUseCase;
import io.lineengage.application.port.in.customer.LookupUseCase;
import io.lineengage.application.port.in.gateway.GatewaysUseCase;
import io.lineengage.application.port.in.health.CheckReadinessUseCase;
import io.lineengage.application.port.in.interaction.ReadInteractionsUseCase;
import io.lineengage.application.port.in.job.FollowerBackfillUseCase;
import io.lineengage.application.port.in.org.AuthenticateApiKeyUseCase;
import io.lineengage.application.port.in.org.CreateOrgUseCase;
import io.lineengage.application.port.in.org.GetOrgUseCase;
import io.lineengage.application.port.in.org.IssueApiKeyUseCase;
import io.lineengage.application.port.in.org.ListOrgsUseCase;
import io.lineengage.application.port.in.org.RevokeApiKeyUseCase;
import io.lineengage.application.port.in.subscription.ChangeConsentUseCase;
import io.lineengage.application.port.in.subscription.GetSubscriptionUseCase;
import io.lineengage.application.port.in.template.TemplatesUseCase;
import io.lineengage.application.port.in.tracking.FollowTrackedLinkUseCase;
import io.lineengage.application.port.in.webhook.ProcessLineEventsUseCase;
import io.lineengage.application.port.in.webhook.ReceiveLineEventsUseCase;
import io.lineengage.application.port.in.webhook.RecentLineEventsUseCase;
import io.lineengage.application.port.in.webhook.WebhookAccountsUseCase;
import io.lineengage.application.port.out.UnitOfWork;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.audience.AudienceQuery;
import io.lineengage.application.port.out.audience.AudienceRepository;
import io.lineengage.application.port.out.audience.CustomerListRepository;
import io.lineengage.application.port.out.campaign.AggregationUnitUsage;
import io.lineengage.application.port.out.campaign.CampaignFreezes;
import io.lineengage.application.port.out.campaign.CampaignRepository;
import io.lineengage.application.port.out.campaign.CampaignSignal;
import io.lineengage.application.port.out.campaign.DeliveryLedger;
import io.lineengage.application.port.out.campaign.LedgerMonths;
import io.lineengage.application.port.out.campaign.SendPace;
import io.lineengage.application.port.out.campaign.TestSendLog;
import io.lineengage.application.port.out.customer.AttributeCatalogue;
import io.lineengage.application.port.out.customer.CustomerBulkWriter;
import io.lineengage.application.port.out.customer.CustomerConsents;
import io.lineengage.application.port.out.customer.CustomerRepository;
import io.lineengage.application.port.out.customer.PhoneNumbers;
import io.lineengage.application.port.out.gateway.GatewayRepository;
import io.lineengage.application.port.out.health.DatabaseHealthPort;
import io.lineengage.application.port.out.identity.LineIdentityRepository;
import io.lineengage.application.port.out.identity.LineProfileCache;
import io.lineengage.application.port.out.identity.ProfileGaps;
import io.lineengage.application.port.out.interaction.InteractionHistory;
import io.lineengage.application.port.out.job.JobRepository;
import io.lineengage.application.port.out.job.JobSignal;
import io.lineengage.application.port.out.line.LineMessagingPort;
import io.lineengage.application.port.out.org.ApiKeyRepository;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.application.port.out.subscription.ConsentStore;
import io.lineengage.application.port.out.subscription.SubscriptionStore;
import io.lineengage.application.port.out.template.TemplateRepository;
import io.lineengage.application.port.out.tracking.TrackedLinks;
import io.lineengage.application.port.out.transactional.TransactionalMessages;
import io.lineengage.application.port.out.webhook.EventProcessingSignal;
import io.lineengage.application.port.out.webhook.InteractionLog;
import io.lineengage.application.port.out.webhook.LineEventLog;
import io.lineengage.application.service.account.CheckLineAccountService;
import io.lineengage.application.service.account.FindLineAccountsService;
import io.lineengage.application.service.account.RegisterLineAccountService;
import io.lineengage.application.service.account.UpdateLineAccountService;
import io.lineengage.application.service.audience.AudienceService;
import io.lineengage.application.service.audience.CustomerListService;
import io.lineengage.application.service.audience.FilterCatalogues;
import io.lineengage.application.service.campaign.AudienceFreeze;
import io.lineengage.application.service.campaign.CampaignDispatcher;
import io.lineengage.application.service.campaign.CampaignMovesService;
import io.lineengage.application.service.campaign.CampaignPlanning;
import io.lineengage.application.service.campaign.CampaignProgressService;
import io.lineengage.application.service.campaign.CampaignStatisticsService;
import io.lineengage.application.service.campaign.CreateCampaignService;
import io.lineengage.application.service.campaign.LaunchCampaignService;
import io.lineengage.application.service.campaign.ListCampaignsService;
import io.lineengage.application.service.campaign.TestSendService;
import io.lineengage.application.service.customer.CustomerService;
import io.lineengage.application.service.customer.ImportCustomersService;
import io.lineengage.application.service.customer.LineIdentityService;
import io.lineengage.application.service.customer.LineUserProfiles;
import io.lineengage.application.service.customer.LookupService;
import io.lineengage.application.service.customer.ProfileKeeper;
import io.lineengage.application.service.gateway.GatewayService;
import io.lineengage.application.service.health.CheckReadinessService;
import io.lineengage.application.service.interaction.InteractionTimelineService;
import io.lineengage.application.service.job.FollowerBackfillService;
import io.lineengage.application.service.org.AuthenticateApiKeyService;
import io.lineengage.application.service.org.CreateOrgService;
import io.lineengage.application.service.org.GetOrgService;
import io.lineengage.application.service.org.IssueApiKeyService;
import io.lineengage.application.service.org.ListOrgsService;
import io.lineengage.application.service.org.RevokeApiKeyService;
import io.lineengage.application.service.subscription.StatusUpdates;
import io.lineengage.application.service.subscription.SubscriptionService;
import io.lineengage.application.service.template.TemplateService;
import io.lineengage.application.service.tracking.ClickReactions;
import io.lineengage.application.service.tracking.ClickTracker;
import io.lineengage.application.service.tracking.LinkFollowing;
import io.lineengage.application.service.webhook.EventReactions;
import io.lineengage.application.service.webhook.ProcessLineEventsService;
import io.lineengage.application.service.webhook.ReceiveLineEventsService;
import io.lineengage.application.service.webhook.RecentLineEventsService;
import io.lineengage.application.service.webhook.WebhookAccountsService;
import io.lineengage.domain.market.Market;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import javax.inject.Provider;

/** The use cases, built here so that the core needs no DI annotations. */
@Module(includes = {TransactionalModule.class, JourneyModule.class})
abstract class ApplicationModule {
    @Binds
    abstract MeterRegistry meterRegistry(PrometheusMeterRegistry prometheus);

    @Provides
    @Singleton
    static CreateOrgUseCase createOrg(OrgRepository orgs, Market market, Clock clock) {
        return new CreateOrgService(orgs, market, clock);
    }

    @Provides
    @Singleton
    static GetOrgUseCase getOrg(OrgRepository orgs) {
        return new GetOrgService(orgs);
    }

    @Provides
    @Singleton
    static ListOrgsUseCase listOrgs(OrgRepository orgs) {
        return new ListOrgsService(orgs);
    }

    @Provides
    @Singleton
    static ListCampaignsUseCase listCampaigns(CampaignRepository campaigns) {
        return new ListCampaignsService(campaigns);
    }

    @Provides
    @Singleton
    static IssueApiKeyUseCase issueApiKey(
            OrgRepository orgs, ApiKeyRepository keys, UnitOfWork unitOfWork, Clock clock) {
        return new IssueApiKeyService(orgs, keys, unitOfWork, clock);
    }

    @Provides
    @Singleton
    static RevokeApiKeyUseCase revokeApiKey(ApiKeyRepository keys, Clock clock) {
        return new RevokeApiKeyService(keys, clock);
    }

    @Provides
    @Singleton
    static AuthenticateApiKeyUseCase authenticateApiKey(ApiKeyRepository keys) {
        return new AuthenticateApiKeyService(keys);
    }

    @Provides
    @Singleton
    static CheckReadinessUseCase checkReadiness(DatabaseHealthPort database) {
        return new CheckReadinessService(database);
    }

    @Provides
    @Singleton
    static RegisterLineAccountUseCase registerLineAccount(LineAccountRepository accounts, Clock clock) {
        return new RegisterLineAccountService(accounts, clock);
    }

    @Provides
    @Singleton
    static FindLineAccountsUseCase findLineAccounts(LineAccountRepository accounts) {
        return new FindLineAccountsService(accounts);
    }

    @Provides
    @Singleton
    static UpdateLineAccountUseCase updateLineAccount(LineAccountRepository accounts, Clock clock) {
        return new UpdateLineAccountService(accounts, clock);
    }

    @Provides
    @Singleton
    static CheckLineAccountUseCase checkLineAccount(LineAccountRepository accounts, LineMessagingPort line) {
        return new CheckLineAccountService(accounts, line);
    }

    @Provides
    @Singleton
    static WebhookAccountsUseCase webhookAccounts(LineAccountRepository accounts, Clock clock) {
        return new WebhookAccountsService(accounts, clock, Duration.ofSeconds(30));
    }

    @Provides
    @Singleton
    static LineEventWorker lineEventWorker(ProcessLineEventsUseCase process) {
        return new LineEventWorker(process);
    }

    @Binds
    abstract EventProcessingSignal eventProcessingSignal(LineEventWorker worker);

    @Provides
    @Singleton
    static ReceiveLineEventsUseCase receiveLineEvents(LineEventLog log, EventProcessingSignal signal, Clock clock) {
        return new ReceiveLineEventsService(log, signal, clock);
    }

    @Provides
    @Singleton
    static LineUserProfiles lineUserProfiles(CustomerRepository customers, LineIdentityRepository identities) {
        return new LineUserProfiles(customers, identities);
    }

    /** The console's settings follow the HTTP adapter's: LINE reaches the service at the same public URL. */
    @Provides
    static ConsoleSettings consoleSettings(HttpSettings http) {
        return ConsoleSettings.of(http.publicUrl());
    }

    @Provides
    @Singleton
    static RecentLineEventsUseCase recentLineEvents(LineEventLog log) {
        return new RecentLineEventsService(log);
    }

    @Provides
    @Singleton
    static ProcessLineEventsUseCase processLineEvents(
            LineEventLog log,
            SubscriptionStore subscriptions,
            InteractionLog interactions,
            LineAccountRepository accounts,
            LineUserProfiles profiles,
            TransactionalMessages messages,
            EventReactions reactions,
            UnitOfWork unitOfWork,
            Clock clock) {
        return new ProcessLineEventsService(
                log, subscriptions, interactions, accounts, profiles, messages, reactions, unitOfWork, clock);
    }

    @Provides
    @Singleton
    static CustomersUseCase customers(
            CustomerRepository customers,
            AttributeCatalogue catalogue,
            LineIdentityRepository identities,
            PhoneNumbers phones,
            UnitOfWork unitOfWork,
            Clock clock) {
        return new CustomerService(customers, catalogue, identities, phones, unitOfWork, clock);
    }

    @Provides
    @Singleton
    static ImportCustomersUseCase importCustomers(
            CustomerBulkWriter writer, AttributeCatalogue catalogue, PhoneNumbers phones, Clock clock) {
        return new ImportCustomersService(writer, catalogue, phones, clock);
    }

    @Provides
    @Singleton
    static LineIdentitiesUseCase lineIdentities(
            CustomerRepository customers,
            LineIdentityRepository identities,
            LineAccountRepository accounts,
            ChangeConsentUseCase consents,
            CustomerConsents customerConsents,
            PhoneNumbers phones,
            UnitOfWork unitOfWork,
            Clock clock) {
        return new LineIdentityService(
                customers, identities, accounts, consents, customerConsents, phones, unitOfWork, clock);
    }

    @Provides
    @Singleton
    static LookupUseCase lookup(
            CustomersUseCase customerService,
            CustomerRepository customers,
            LineIdentityRepository identities,
            LineProfileCache profiles,
            LineAccountRepository accounts,
            GetSubscriptionUseCase subscriptions,
            LineMessagingPort line,
            PhoneNumbers phones,
            Clock clock) {
        return new LookupService(
                customerService,
                customers,
                identities,
                profiles,
                accounts,
                subscriptions,
                line,
                phones,
                clock,
                Duration.ofHours(24));
    }

    @Provides
    @Singleton
    static ReadInteractionsUseCase readInteractions(CustomerRepository customers, InteractionHistory history) {
        return new InteractionTimelineService(customers, history);
    }

    @Provides
    @Singleton
    static AudiencesUseCase audiences(
            AudienceRepository audiences,
            AudienceQuery query,
            OrgRepository orgs,
            AttributeCatalogue attributes,
            LineAccountRepository accounts,
            CustomerListRepository lists,
            CampaignRepository campaigns,
            Clock clock) {
        return new AudienceService(audiences, query, orgs, attributes, accounts, lists, campaigns, clock);
    }

    @Provides
    @Singleton
    static TemplatesUseCase templates(
            TemplateRepository templates,
            AttributeCatalogue attributes,
            CustomersUseCase customers,
            LookupUseCase lookup,
            LineAccountRepository accounts,
            LineMessagingPort line,
            Clock clock) {
        return new TemplateService(templates, attributes, customers, lookup, accounts, line, clock);
    }

    @Provides
    @Singleton
    static GatewaysUseCase gateways(GatewayRepository gateways, LineAccountRepository accounts, Clock clock) {
        return new GatewayService(gateways, accounts, clock);
    }

    @Provides
    @Singleton
    static CampaignWorker campaignWorker(
            Provider<DispatchCampaignsUseCase> dispatch,
            Provider<StartScheduledCampaignsUseCase> campaigns,
            Provider<FreezeAudiencesUseCase> freezes) {
        // Calls to LINE mostly wait on the network: a few senders side by side keep each channel near its limit.
        return new CampaignWorker(dispatch, campaigns, freezes, 8);
    }

    @Binds
    abstract CampaignSignal campaignSignal(CampaignWorker worker);

    @Provides
    @Singleton
    static FilterCatalogues filterCatalogues(
            AttributeCatalogue attributes,
            LineAccountRepository accounts,
            CustomerListRepository lists,
            CampaignRepository campaigns) {
        return new FilterCatalogues(attributes, accounts, lists, campaigns);
    }

    @Provides
    @Singleton
    static CampaignProgressService campaignProgress(
            CampaignRepository campaigns, DeliveryLedger ledger, CampaignFreezes freezes) {
        return new CampaignProgressService(campaigns, ledger, freezes);
    }

    @Binds
    abstract ReadCampaignUseCase readCampaign(CampaignProgressService progress);

    @Provides
    @Singleton
    static CreateCampaignUseCase createCampaign(
            CampaignRepository campaigns,
            TemplateRepository templates,
            AudienceRepository audiences,
            GatewayRepository gateways,
            Clock clock) {
        return new CreateCampaignService(campaigns, templates, audiences, gateways, clock);
    }

    @Provides
    @Singleton
    static CampaignPlanning campaignPlanning(
            TemplateRepository templates,
            FilterCatalogues catalogues,
            GatewayRepository gateways,
            LineAccountRepository accounts,
            ClickTracker tracker) {
        return new CampaignPlanning(templates, catalogues, gateways, accounts, tracker);
    }

    @Provides
    @Singleton
    static ReadCampaignStatisticsUseCase campaignStatistics(
            CampaignProgressService progress,
            GatewayRepository gateways,
            LineAccountRepository accounts,
            LineMessagingPort line,
            TrackedLinks links,
            Clock clock) {
        return new CampaignStatisticsService(progress, gateways, accounts, line, links, clock);
    }

    /** Tracked links point at this deployment's public URL, where {@code /c/{token}} answers. */
    @Provides
    @Singleton
    static ClickTracker clickTracker(HttpSettings http, TrackedLinks links, Clock clock) {
        return new ClickTracker(http.publicUrl(), links, clock);
    }

    @Provides
    @Singleton
    static FollowTrackedLinkUseCase followTrackedLink(TrackedLinks links, ClickReactions reactions, Clock clock) {
        return new LinkFollowing(links, reactions, clock);
    }

    @Provides
    @Singleton
    static AudienceFreeze audienceFreeze(
            CampaignRepository campaigns,
            CampaignFreezes freezes,
            DeliveryLedger ledger,
            AudienceRepository audiences,
            AudienceQuery audienceQuery,
            CampaignPlanning planning,
            OrgRepository orgs,
            UnitOfWork unitOfWork,
            CampaignSignal signal,
            Clock clock) {
        return new AudienceFreeze(
                campaigns, freezes, ledger, audiences, audienceQuery, planning, orgs, unitOfWork, signal, clock);
    }

    @Binds
    abstract FreezeAudiencesUseCase freezeAudiences(AudienceFreeze freeze);

    @Provides
    @Singleton
    static LaunchCampaignService launchCampaigns(
            CampaignRepository campaigns,
            AudienceFreeze freeze,
            CampaignProgressService progress,
            CampaignSignal signal,
            Clock clock) {
        return new LaunchCampaignService(campaigns, freeze, progress, signal, clock);
    }

    @Binds
    abstract LaunchCampaignUseCase launchCampaign(LaunchCampaignService service);

    @Binds
    abstract StartScheduledCampaignsUseCase startScheduledCampaigns(LaunchCampaignService service);

    @Provides
    @Singleton
    static MoveCampaignUseCase moveCampaign(
            CampaignRepository campaigns,
            DeliveryLedger ledger,
            UnitOfWork unitOfWork,
            CampaignSignal signal,
            CampaignProgressService progress,
            Clock clock) {
        return new CampaignMovesService(campaigns, ledger, unitOfWork, signal, progress, clock);
    }

    @Provides
    @Singleton
    static TestSendCampaignUseCase testSendCampaign(
            CampaignProgressService progress,
            CampaignPlanning planning,
            LineAccountRepository accounts,
            AudienceQuery audienceQuery,
            SendPace pace,
            LineMessagingPort line,
            TestSendLog log,
            Clock clock) {
        return new TestSendService(progress, planning, accounts, audienceQuery, pace, line, log, clock);
    }

    @Provides
    @Singleton
    static DispatchCampaignsUseCase dispatchCampaigns(
            DeliveryLedger ledger,
            CampaignRepository campaigns,
            TemplateRepository templates,
            LineAccountRepository accounts,
            GatewayRepository gateways,
            AudienceQuery audienceQuery,
            AttributeCatalogue attributes,
            LineMessagingPort line,
            SendPace pace,
            OrgRepository orgs,
            UnitOfWork unitOfWork,
            AggregationUnitUsage units,
            Clock clock) {
        return new CampaignDispatcher(
                ledger,
                campaigns,
                templates,
                accounts,
                gateways,
                audienceQuery,
                attributes,
                line,
                pace,
                orgs,
                unitOfWork,
                units,
                clock);
    }

    @Provides
    @Singleton
    static CustomerListsUseCase customerLists(CustomerListRepository lists, Clock clock) {
        return new CustomerListService(lists, clock);
    }

    @Provides
    @Singleton
    static KeepProfilesUseCase keepProfiles(
            ProfileGaps gaps,
            LineProfileCache profiles,
            LineAccountRepository accounts,
            LineMessagingPort line,
            Clock clock) {
        return new ProfileKeeper(gaps, profiles, accounts, line, clock);
    }

    @Provides
    @Singleton
    static LedgerWorker ledgerWorker(LedgerMonths months, Clock clock) {
        return new LedgerWorker(months, clock);
    }

    @Provides
    @Singleton
    static ProfileWorker profileWorker(KeepProfilesUseCase keeper) {
        return new ProfileWorker(keeper);
    }

    @Provides
    @Singleton
    static JobWorker jobWorker(Provider<FollowerBackfillUseCase> backfills) {
        return new JobWorker(new LazyBackfills(backfills));
    }

    @Binds
    abstract JobSignal jobSignal(JobWorker worker);

    @Provides
    @Singleton
    static FollowerBackfillUseCase followerBackfill(
            JobRepository jobs,
            LineAccountRepository accounts,
            LineMessagingPort line,
            SubscriptionStore subscriptions,
            LineUserProfiles profiles,
            UnitOfWork unitOfWork,
            JobSignal signal,
            Clock clock) {
        return new FollowerBackfillService(
                jobs, accounts, line, new StatusUpdates(subscriptions), profiles, unitOfWork, signal, clock);
    }

    @Provides
    @Singleton
    static SubscriptionService subscriptionService(
            LineAccountRepository accounts,
            SubscriptionStore subscriptions,
            ConsentStore consents,
            UnitOfWork unitOfWork,
            Clock clock) {
        return new SubscriptionService(accounts, subscriptions, consents, unitOfWork, clock);
    }

    @Binds
    abstract GetSubscriptionUseCase getSubscription(SubscriptionService service);

    @Binds
    abstract ChangeConsentUseCase changeConsent(SubscriptionService service);
}
