package io.lineengage.adapters.line.messaging;

import dagger.Module;
import dagger.Provides;
import io.lineengage.application.port.out.line.LineMessagingPort;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Outbound LINE: the Messaging API on the official SDK, tokens and insight over plain HTTP. */
@Module
public final class LineMessagingModule {
    private LineMessagingModule() {}

    @Provides
    @Singleton
    public static LineMessagingPort lineMessaging(LineSettings settings, Clock clock) {
        LineHttp http = new LineHttp(settings);
        return new SdkLineMessaging(settings, new ChannelTokens(http, clock), http);
    }
}
