package io.lineengage.bootstrap.market;

import dagger.Module;
import dagger.Provides;
import io.lineengage.domain.market.Market;

/** Deployments with no particular home market: orgs default to UTC; phone numbers need their country code. */
@Module
public final class DefaultMarketModule {
    private DefaultMarketModule() {}

    @Provides
    static Market market() {
        return Market.DEFAULT;
    }
}
