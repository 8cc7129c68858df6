package io.lineengage.adapters.http.campaign;

import com.fasterxml.jackson.databind.ObjectMapper;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.javalin.plugin.Plugin;
import io.lineengage.application.port.in.campaign.CampaignsUseCase;
import io.lineengage.application.port.in.campaign.ListCampaignsUseCase;
import jakarta.inject.Named;

@Module
public final class CampaignWebModule {
    private CampaignWebModule() {
    }

    @Provides
    @IntoSet
    public static Plugin<Void> campaignRoutes(@Named("api") ObjectMapper json, CampaignsUseCase campaigns,
                                              ListCampaignsUseCase list) {
        return new CampaignRoutes(json, campaigns, list);
    }
}
