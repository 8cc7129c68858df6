package io.lineengage.bootstrap;

import dagger.BindsInstance;
import dagger.Component;
import io.lineengage.adapters.console.ConsoleModule;
import io.lineengage.adapters.http.HttpModule;
import io.lineengage.adapters.http.web.HttpSettings;
import io.lineengage.adapters.line.LineModule;
import io.lineengage.adapters.line.messaging.LineSettings;
import io.lineengage.adapters.line.messaging.NotificationMessageModule;
import io.lineengage.adapters.persistence.PersistenceModule;
import io.lineengage.adapters.persistence.crypto.SecretCipher;
import io.lineengage.adapters.phone.PhoneModule;
import io.lineengage.application.port.out.campaign.SendPace;
import io.lineengage.bootstrap.market.ThailandMarketModule;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.inject.Singleton;
import java.time.Clock;
import javax.sql.DataSource;

/** Thailand: LINE notification messages reach customers by phone number. */
@ForMarket("TH")
@Singleton
@Component(
        modules = {
            ApplicationModule.class,
            PersistenceModule.class,
            HttpModule.class,
            ConsoleModule.class,
            LineModule.class,
            PhoneModule.class,
            NotificationMessageModule.class,
            ThailandMarketModule.class
        })
interface ThailandMarketComponent extends ServiceComponent {
    @Component.Factory
    interface Factory extends ServiceComponent.Factory<ThailandMarketComponent> {
        @Override
        ThailandMarketComponent create(
                @BindsInstance DataSource dataSource,
                @BindsInstance HttpSettings http,
                @BindsInstance PrometheusMeterRegistry prometheus,
                @BindsInstance Clock clock,
                @BindsInstance LineSettings line,
                @BindsInstance SecretCipher cipher,
                @BindsInstance SendPace.Limits sendLimits);
    }
}
