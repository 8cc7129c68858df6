package io.lineengage.adapters.http.journey;

import com.fasterxml.jackson.databind.ObjectMapper;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.javalin.plugin.Plugin;
import io.lineengage.application.port.in.journey.JourneysUseCase;
import jakarta.inject.Named;

@Module
public final class JourneyWebModule {
    private JourneyWebModule() {}

    @Provides
    @IntoSet
    public static Plugin<Void> journeyRoutes(@Named("api") ObjectMapper json, JourneysUseCase journeys) {
        return new JourneyRoutes(json, journeys);
    }
}
