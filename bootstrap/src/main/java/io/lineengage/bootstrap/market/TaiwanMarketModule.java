package io.lineengage.bootstrap.market;

import dagger.Module;
import dagger.Provides;
import io.lineengage.domain.market.Market;
import java.time.ZoneId;

/** Taiwan: orgs default to Asia/Taipei, and national phone numbers read as Taiwanese (+886). */
@Module
public final class TaiwanMarketModule {
    private TaiwanMarketModule() {}

    @Provides
    static Market market() {
        return new Market("TW", ZoneId.of("Asia/Taipei"), "TW");
    }
}
