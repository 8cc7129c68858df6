package io.lineengage.application.planted;

import io.lineengage.bootstrap.market.JapanMarketModule;

/** Planted violation: the application deciding by market instead of leaving it to the market's component. */
public class ServiceChoosingAMarket {
    public Class<?> japan() {
        return JapanMarketModule.class;
    }
}
