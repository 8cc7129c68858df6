package io.lineengage.adapters.http.customer;

import com.fasterxml.jackson.databind.ObjectMapper;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.javalin.plugin.Plugin;
import io.lineengage.application.port.in.customer.CustomersUseCase;
import io.lineengage.application.port.in.customer.ImportCustomersUseCase;
import io.lineengage.application.port.in.customer.LineIdentitiesUseCase;
import io.lineengage.application.port.in.customer.LookupUseCase;
import io.lineengage.application.port.in.interaction.ReadInteractionsUseCase;
import io.lineengage.application.port.in.job.FollowerBackfillUseCase;
import jakarta.inject.Named;

@Module
public final class CustomerWebModule {
    private CustomerWebModule() {}

    @Provides
    @IntoSet
    public static Plugin<Void> customerRoutes(
            @Named("api") ObjectMapper json,
            CustomersUseCase customers,
            ImportCustomersUseCase imports,
            LineIdentitiesUseCase identities,
            LookupUseCase lookup,
            ReadInteractionsUseCase interactions,
            FollowerBackfillUseCase backfills) {
        return new CustomerRoutes(json, customers, imports, identities, lookup, interactions, backfills);
    }
}
