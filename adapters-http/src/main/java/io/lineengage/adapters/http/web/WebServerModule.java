package io.lineengage.adapters.http.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dagger.Module;
import dagger.Provides;
import io.javalin.plugin.Plugin;
import io.lineengage.application.port.in.org.AuthenticateApiKeyUseCase;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Set;

/** The web server, with every route group contributed into the set by the adapters that serve HTTP. */
@Module
public final class WebServerModule {
    private WebServerModule() {}

    @Provides
    @Singleton
    @Named("api")
    public static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // {"a":1} garbage is malformed, not {"a":1}.
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // 1200, not 1.2E+3: attribute numbers are kept without trailing zeros.
                .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);
    }

    @Provides
    @Singleton
    static WebServer webServer(
            Set<Plugin<Void>> routeGroups,
            @Named("api") ObjectMapper json,
            MeterRegistry meters,
            HttpSettings settings,
            AuthenticateApiKeyUseCase apiKeys,
            Clock clock) {
        return new WebServer(routeGroups, json, meters, new ApiAuthentication(settings, apiKeys, clock));
    }
}
