package io.lineengage.adapters.http.ops;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.javalin.plugin.Plugin;
import io.lineengage.application.port.in.health.CheckReadinessUseCase;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/** Health, metrics and the API's own description: what operators and tooling read. */
@Module
public final class OperationsModule {
    private OperationsModule() {}

    @Provides
    @IntoSet
    public static Plugin<Void> operationsRoutes(CheckReadinessUseCase readiness, PrometheusMeterRegistry prometheus) {
        return new OperationsRoutes(readiness, prometheus);
    }
}
