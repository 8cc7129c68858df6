package io.lineengage.adapters.http.account;

import com.fasterxml.jackson.databind.ObjectMapper;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.javalin.plugin.Plugin;
import io.lineengage.adapters.http.web.HttpSettings;
import io.lineengage.application.port.in.account.CheckLineAccountUseCase;
import io.lineengage.application.port.in.account.FindLineAccountsUseCase;
import io.lineengage.application.port.in.account.RegisterLineAccountUseCase;
import io.lineengage.application.port.in.account.UpdateLineAccountUseCase;
import jakarta.inject.Named;

@Module
public final class AccountWebModule {
    private AccountWebModule() {}

    @Provides
    @IntoSet
    public static Plugin<Void> lineAccountRoutes(
            @Named("api") ObjectMapper json,
            HttpSettings settings,
            RegisterLineAccountUseCase register,
            FindLineAccountsUseCase find,
            UpdateLineAccountUseCase update,
            CheckLineAccountUseCase check) {
        return new LineAccountRoutes(json, settings, register, find, update, check);
    }
}
