package io.lineengage.adapters.http.template;

import com.fasterxml.jackson.databind.ObjectMapper;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.javalin.plugin.Plugin;
import io.lineengage.application.port.in.template.TemplatesUseCase;
import jakarta.inject.Named;

@Module
public final class TemplateWebModule {
    private TemplateWebModule() {}

    @Provides
    @IntoSet
    public static Plugin<Void> templateRoutes(@Named("api") ObjectMapper json, TemplatesUseCase templates) {
        return new TemplateRoutes(json, templates);
    }
}
