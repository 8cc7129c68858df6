package io.lineengage.bootstrap;

import dagger.BindsInstance;
import dagger.Component;
import io.lineengage.adapters.console.ConsoleModule;
import io.lineengage.adapters.http.HttpModule;
import io.lineengage.adapters.http.web.HttpSettings;
import io.lineengage.adapters.line.LineModule;
import io.lineengage.adapters.line.messaging.LineSettings;
import io.lineengage.adapters.persistence.PersistenceModule;
import io.lineengage.adapters.persistence.crypto.SecretCipher;
import io.lineengage.adapters.phone.PhoneModule;
import io.lineengage.application.port.out.campaign.SendPace;
import io.lineengage.bootstrap.market.DefaultMarketModule;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.inject.Singleton;
import java.time.Clock;
import javax.sql.DataSource;

/** Deployments with no home market: LINE users are reached by their user ID only. */
@ForMarket("DEFAULT")
@Singleton
@Component(
        modules = {
            ApplicationModule.class,
            PersistenceModule.class,
            HttpModule.class,
            ConsoleModule.class,
            LineModule.class,
            PhoneModule.class,
            DefaultMarketModule.class
        })
interface DefaultMarketComponent extends ServiceComponent {
    @Component.Factory
    interface Factory extends ServiceComponent.Factory<DefaultMarketComponent> {
        @Override
        DefaultMarketComponent create(
                @BindsInstance DataSource dataSource,
                @BindsInstance HttpSettings http,
                @BindsInstance PrometheusMeterRegistry prometheus,
                @BindsInstance Clock clock,
                @BindsInstance LineSettings line,
                @BindsInstance SecretCipher cipher,
                @BindsInstance SendPace.Limits sendLimits);
    }
}
