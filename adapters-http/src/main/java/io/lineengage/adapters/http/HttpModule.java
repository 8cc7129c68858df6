package io.lineengage.adapters.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dagger.Module;
import dagger.Provides;
import io.javalin.plugin.Plugin;
import io.lineengage.adapters.http.ops.OperationsModule;
import io.lineengage.adapters.http.org.OrgWebModule;
import io.lineengage.application.port.in.org.AuthenticateApiKeyUseCase;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Set;

/** The REST API adapter: the web server and this adapter's route groups. */
@Module(includes = {OperationsModule.class, OrgWebModule.class})
public final class HttpModule {
    private HttpModule() {
    }

    @Provides
    @Singleton
    @Named("api")
    public static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    @Provides
    @Singleton
    static WebServer webServer(Set<Plugin<Void>> routeGroups, @Named("api") ObjectMapper json, MeterRegistry meters,
                               HttpSettings settings, AuthenticateApiKeyUseCase apiKeys) {
        return new WebServer(routeGroups, json, meters, new ApiAuthentication(settings, apiKeys));
    }

}
