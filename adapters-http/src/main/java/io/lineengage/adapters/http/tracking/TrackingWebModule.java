package io.lineengage.adapters.http.tracking;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.javalin.plugin.Plugin;
import io.lineengage.application.port.in.tracking.FollowTrackedLinkUseCase;

@Module
public final class TrackingWebModule {
    private TrackingWebModule() {}

    @Provides
    @IntoSet
    public static Plugin<Void> clickRoutes(FollowTrackedLinkUseCase links) {
        return new ClickRoutes(links);
    }
}
