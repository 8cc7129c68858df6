package io.lineengage.adapters.line;

import dagger.Module;
import io.lineengage.adapters.line.messaging.LineMessagingModule;

/**
 * The LINE Platform adapter: outbound messaging on the official SDK (and, with the webhook issue, the inbound
 * webhook route group). Components include it so that the LINE adapter is swapped per market like the others.
 */
@Module(includes = LineMessagingModule.class)
public final class LineModule {
    private LineModule() {
    }
}
