package io.lineengage.adapters.console;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.javalin.plugin.Plugin;
import io.lineengage.application.port.in.account.CheckLineAccountUseCase;
import io.lineengage.application.port.in.account.FindLineAccountsUseCase;
import io.lineengage.application.port.in.account.UpdateLineAccountUseCase;
import io.lineengage.application.port.in.audience.AudiencesUseCase;
import io.lineengage.application.port.in.campaign.CreateCampaignUseCase;
import io.lineengage.application.port.in.campaign.LaunchCampaignUseCase;
import io.lineengage.application.port.in.campaign.ListCampaignsUseCase;
import io.lineengage.application.port.in.campaign.MoveCampaignUseCase;
import io.lineengage.application.port.in.campaign.ReadCampaignStatisticsUseCase;
import io.lineengage.application.port.in.campaign.ReadCampaignUseCase;
import io.lineengage.application.port.in.campaign.TestSendCampaignUseCase;
import io.lineengage.application.port.in.customer.CustomersUseCase;
import io.lineengage.application.port.in.customer.LineIdentitiesUseCase;
import io.lineengage.application.port.in.customer.LookupUseCase;
import io.lineengage.application.port.in.gateway.GatewaysUseCase;
import io.lineengage.application.port.in.interaction.ReadInteractionsUseCase;
import io.lineengage.application.port.in.journey.JourneysUseCase;
import io.lineengage.application.port.in.org.AuthenticateApiKeyUseCase;
import io.lineengage.application.port.in.template.TemplatesUseCase;
import io.lineengage.application.port.in.webhook.RecentLineEventsUseCase;
import java.time.Clock;
import java.util.List;

/**
 * The marketers' console, a driving adapter beside the REST API: its pages under /console join the web server as a
 * route group, and reach the application only through its in-ports.
 */
@Module
public final class ConsoleModule {
    private ConsoleModule() {}

    /** What the console's areas are made of: each in-port it calls, nothing of storage or LINE. */
    public record InPorts(
            AuthenticateApiKeyUseCase authenticate,
            FindLineAccountsUseCase accounts,
            CheckLineAccountUseCase checkAccount,
            UpdateLineAccountUseCase updateAccount,
            AudiencesUseCase audiences,
            ListCampaignsUseCase listCampaigns,
            ReadCampaignUseCase readCampaign,
            CreateCampaignUseCase createCampaign,
            LaunchCampaignUseCase launchCampaign,
            MoveCampaignUseCase moveCampaign,
            ReadCampaignStatisticsUseCase statistics,
            TestSendCampaignUseCase testSend,
            TemplatesUseCase templates,
            GatewaysUseCase gateways,
            LookupUseCase lookup,
            CustomersUseCase customers,
            LineIdentitiesUseCase identities,
            ReadInteractionsUseCase interactions,
            RecentLineEventsUseCase events,
            JourneysUseCase journeys) {}

    @Provides
    static InPorts inPorts(
            AuthenticateApiKeyUseCase authenticate,
            FindLineAccountsUseCase accounts,
            CheckLineAccountUseCase checkAccount,
            UpdateLineAccountUseCase updateAccount,
            AudiencesUseCase audiences,
            ListCampaignsUseCase listCampaigns,
            ReadCampaignUseCase readCampaign,
            CreateCampaignUseCase createCampaign,
            LaunchCampaignUseCase launchCampaign,
            MoveCampaignUseCase moveCampaign,
            ReadCampaignStatisticsUseCase statistics,
            TestSendCampaignUseCase testSend,
            TemplatesUseCase templates,
            GatewaysUseCase gateways,
            LookupUseCase lookup,
            CustomersUseCase customers,
            LineIdentitiesUseCase identities,
            ReadInteractionsUseCase interactions,
            RecentLineEventsUseCase events,
            JourneysUseCase journeys) {
        return new InPorts(
                authenticate,
                accounts,
                checkAccount,
                updateAccount,
                audiences,
                listCampaigns,
                readCampaign,
                createCampaign,
                launchCampaign,
                moveCampaign,
                statistics,
                testSend,
                templates,
                gateways,
                lookup,
                customers,
                identities,
                interactions,
                events,
                journeys);
    }

    @Provides
    @IntoSet
    public static Plugin<Void> consoleRoutes(InPorts ports, ConsoleSettings settings, Clock clock) {
        OverviewPage overview = new OverviewPage(
                ports.accounts(),
                ports.audiences(),
                ports.listCampaigns(),
                ports.readCampaign(),
                ports.events(),
                settings.publicUrl());
        return new ConsoleRoutes(
                new Sessions(settings, clock),
                new Views(),
                ports.authenticate(),
                List.of(
                        overview,
                        new AccountsPage(overview, ports.checkAccount(), ports.updateAccount()),
                        new GatewaysPage(ports.gateways(), ports.accounts(), clock),
                        new MembersPage(ports.lookup(), ports.customers(), ports.identities(), ports.interactions()),
                        new AudiencesPage(ports.audiences(), ports.accounts()),
                        new TemplatesPage(ports.templates(), ports.accounts(), ports.lookup()),
                        new CampaignsPage(
                                ports.listCampaigns(),
                                ports.readCampaign(),
                                ports.createCampaign(),
                                ports.launchCampaign(),
                                ports.moveCampaign(),
                                ports.statistics(),
                                ports.templates(),
                                ports.audiences(),
                                ports.gateways(),
                                ports.accounts(),
                                clock),
                        new CampaignTestSendPage(ports.testSend(), ports.lookup()),
                        new JourneysPage(ports.journeys(), ports.templates())));
    }
}
