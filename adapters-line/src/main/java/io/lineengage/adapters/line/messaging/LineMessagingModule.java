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

    /** One set of tokens and SDK clients for every LINE adapter of the deployment. */
    @Provides
    @Singleton
    static LineCalls lineCalls(LineSettings settings, Clock clock) {
        LineHttp http = new LineHttp(settings);
        return new LineCalls(settings, new ChannelTokens(http, clock), http);
    }

    @Provides
    @Singleton
    public static LineMessagingPort lineMessaging(LineCalls calls) {
        return new SdkLineMessaging(calls);
    }
}
