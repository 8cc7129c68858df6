package io.lineengage.adapters.http.audience;

import com.fasterxml.jackson.databind.ObjectMapper;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.javalin.plugin.Plugin;
import io.lineengage.application.port.in.audience.AudiencesUseCase;
import io.lineengage.application.port.in.audience.CustomerListsUseCase;
import jakarta.inject.Named;

@Module
public final class AudienceWebModule {
    private AudienceWebModule() {}

    @Provides
    @IntoSet
    public static Plugin<Void> audienceRoutes(
            @Named("api") ObjectMapper json, AudiencesUseCase audiences, CustomerListsUseCase lists) {
        return new AudienceRoutes(json, audiences, lists);
    }
}
