package io.lineengage.adapters.http.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.javalin.plugin.Plugin;
import io.lineengage.application.port.in.gateway.GatewaysUseCase;
import jakarta.inject.Named;

@Module
public final class GatewayWebModule {
    private GatewayWebModule() {}

    @Provides
    @IntoSet
    public static Plugin<Void> gatewayRoutes(@Named("api") ObjectMapper json, GatewaysUseCase gateways) {
        return new GatewayRoutes(json, gateways);
    }
}
