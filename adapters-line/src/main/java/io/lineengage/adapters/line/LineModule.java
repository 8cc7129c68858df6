package io.lineengage.adapters.line;

import dagger.Module;

/**
 * The LINE Platform adapter: outbound messaging on the official SDK and the inbound webhook route group.
 * Components include it so that the LINE adapter is swapped per market like every other adapter.
 */
@Module
public final class LineModule {
    private LineModule() {
    }
}
