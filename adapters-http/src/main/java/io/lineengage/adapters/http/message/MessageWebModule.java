package io.lineengage.adapters.http.message;

import com.fasterxml.jackson.databind.ObjectMapper;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.javalin.plugin.Plugin;
import io.lineengage.application.port.in.transactional.ReadMessageUseCase;
import io.lineengage.application.port.in.transactional.SendMessageUseCase;
import jakarta.inject.Named;

@Module
public final class MessageWebModule {
    private MessageWebModule() {}

    @Provides
    @IntoSet
    public static Plugin<Void> messageRoutes(
            @Named("api") ObjectMapper json, SendMessageUseCase send, ReadMessageUseCase read) {
        return new MessageRoutes(json, send, read);
    }
}
