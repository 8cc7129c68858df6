package io.lineengage.adapters.http.campaign;

import com.fasterxml.jackson.databind.ObjectMapper;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.javalin.plugin.Plugin;
import io.lineengage.application.port.in.campaign.CreateCampaignUseCase;
import io.lineengage.application.port.in.campaign.LaunchCampaignUseCase;
import io.lineengage.application.port.in.campaign.ListCampaignsUseCase;
import io.lineengage.application.port.in.campaign.MoveCampaignUseCase;
import io.lineengage.application.port.in.campaign.ReadCampaignStatisticsUseCase;
import io.lineengage.application.port.in.campaign.ReadCampaignUseCase;
import io.lineengage.application.port.in.campaign.TestSendCampaignUseCase;
import jakarta.inject.Named;

@Module
public final class CampaignWebModule {
    private CampaignWebModule() {}

    @Provides
    @IntoSet
    public static Plugin<Void> campaignRoutes(
            @Named("api") ObjectMapper json,
            CreateCampaignUseCase create,
            ReadCampaignUseCase read,
            ListCampaignsUseCase list,
            LaunchCampaignUseCase launch,
            MoveCampaignUseCase moves,
            TestSendCampaignUseCase testSend,
            ReadCampaignStatisticsUseCase statistics) {
        return new CampaignRoutes(json, create, read, list, launch, moves, testSend, statistics);
    }
}
