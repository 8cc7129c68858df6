package io.lineengage.adapters.phone;

import dagger.Module;
import dagger.Provides;
import io.lineengage.application.port.out.customer.PhoneNumbers;
import io.lineengage.domain.market.Market;
import jakarta.inject.Singleton;

/** Phone numbers in the market's region ("ZZ", the unknown region, needs a country code on every number). */
@Module
public final class PhoneModule {
    private PhoneModule() {}

    @Provides
    @Singleton
    public static PhoneNumbers phoneNumbers(Market market) {
        return new LibPhoneNumbers(market.defaultPhoneRegion());
    }
}
