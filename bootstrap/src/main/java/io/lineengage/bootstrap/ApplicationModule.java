package io.lineengage.bootstrap;

import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import io.lineengage.application.port.in.health.CheckReadinessUseCase;
import io.lineengage.application.port.in.org.AuthenticateApiKeyUseCase;
import io.lineengage.application.port.in.org.CreateOrgUseCase;
import io.lineengage.application.port.in.org.GetOrgUseCase;
import io.lineengage.application.port.in.org.IssueApiKeyUseCase;
import io.lineengage.application.port.in.org.RevokeApiKeyUseCase;
import io.lineengage.application.port.out.UnitOfWork;
import io.lineengage.application.port.out.health.DatabaseHealthPort;
import io.lineengage.application.port.out.org.ApiKeyRepository;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.application.service.health.CheckReadinessService;
import io.lineengage.application.service.org.AuthenticateApiKeyService;
import io.lineengage.application.service.org.CreateOrgService;
import io.lineengage.application.service.org.GetOrgService;
import io.lineengage.application.service.org.IssueApiKeyService;
import io.lineengage.application.service.org.RevokeApiKeyService;
import io.lineengage.domain.market.Market;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The use cases, built here so that the core needs no DI annotations. */
@Module
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
    static IssueApiKeyUseCase issueApiKey(OrgRepository orgs, ApiKeyRepository keys, UnitOfWork unitOfWork, Clock clock) {
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
}
