package io.lineengage.bootstrap.market;

import dagger.Module;
import dagger.Provides;
import io.lineengage.domain.market.Market;
import java.time.ZoneId;

/** Thailand: orgs default to Asia/Bangkok, and national phone numbers read as Thai (+66). */
@Module
public final class ThailandMarketModule {
    private ThailandMarketModule() {}

    @Provides
    static Market market() {
        return new Market("TH", ZoneId.of("Asia/Bangkok"), "TH");
    }
}
