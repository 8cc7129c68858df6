package io.lineengage.adapters.line;

import dagger.Module;
import io.lineengage.adapters.line.messaging.LineMessagingModule;
import io.lineengage.adapters.line.webhook.WebhookModule;

/**
 * The LINE Platform adapter: outbound messaging on the official SDK, and the inbound webhook route group. Components include it so that the LINE adapter is swapped per market like the others.
 */
@Module(includes = {LineMessagingModule.class, WebhookModule.class})
public final class LineModule {
    private LineModule() {}
}
