package io.lineengage.adapters.http.interaction;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.javalin.plugin.Plugin;
import io.lineengage.application.port.in.interaction.ReadInteractionsUseCase;

@Module
public final class InteractionWebModule {
    private InteractionWebModule() {}

    @Provides
    @IntoSet
    public static Plugin<Void> interactionRoutes(ReadInteractionsUseCase interactions) {
        return new InteractionRoutes(interactions);
    }
}
