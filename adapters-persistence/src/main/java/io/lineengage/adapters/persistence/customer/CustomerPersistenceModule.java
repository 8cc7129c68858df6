package io.lineengage.adapters.persistence.customer;

import dagger.Module;
import dagger.Provides;
import io.lineengage.application.port.out.customer.AttributeCatalogue;
import io.lineengage.application.port.out.customer.CustomerBulkWriter;
import io.lineengage.application.port.out.customer.CustomerRepository;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

/** Customers, their attribute catalogue, and bulk imports. */
@Module
public final class CustomerPersistenceModule {
    private CustomerPersistenceModule() {}

    @Provides
    @Singleton
    public static CustomerRepository customerRepository(Jdbi jdbi) {
        return new JdbiCustomers(jdbi);
    }

    @Provides
    @Singleton
    public static AttributeCatalogue attributeCatalogue(Jdbi jdbi) {
        return new JdbiCustomers(jdbi);
    }

    @Provides
    @Singleton
    public static CustomerBulkWriter customerBulkWriter(Jdbi jdbi) {
        return new CopyCustomerBulkWriter(jdbi);
    }
}
