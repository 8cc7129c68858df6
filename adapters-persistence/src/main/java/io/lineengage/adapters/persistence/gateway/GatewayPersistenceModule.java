package io.lineengage.adapters.persistence.gateway;

import dagger.Module;
import dagger.Provides;
import io.lineengage.application.port.out.gateway.GatewayRepository;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

/** Gateways. */
@Module
public final class GatewayPersistenceModule {
    private GatewayPersistenceModule() {}

    @Provides
    @Singleton
    public static GatewayRepository gatewayRepository(Jdbi jdbi) {
        return new JdbiGateways(jdbi);
    }
}
