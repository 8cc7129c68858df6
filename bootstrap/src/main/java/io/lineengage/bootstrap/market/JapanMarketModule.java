package io.lineengage.bootstrap.market;

import dagger.Module;
import dagger.Provides;
import io.lineengage.domain.market.Market;
import java.time.ZoneId;

/** Japan, LINE's largest market: orgs default to Asia/Tokyo, and national phone numbers read as Japanese (+81). */
@Module
public final class JapanMarketModule {
    private JapanMarketModule() {}

    @Provides
    static Market market() {
        return new Market("JP", ZoneId.of("Asia/Tokyo"), "JP");
    }
}
