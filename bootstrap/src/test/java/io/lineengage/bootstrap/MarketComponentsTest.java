package io.lineengage.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lineengage.adapters.http.web.HttpSettings;
import io.lineengage.adapters.line.messaging.LineSettings;
import io.lineengage.adapters.persistence.crypto.SecretCipher;
import io.lineengage.application.port.out.campaign.SendPace;
import io.lineengage.application.port.out.line.NotificationMessageSender;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Each market is its own Dagger graph: the ones where LINE has notification messages (JP, TH, TW) bind the SDK's
 * sender, DEFAULT binds none; every component found on the class path can be built. Nothing here touches a database:
 * the graph is only asked for what needs none.
 */
class MarketComponentsTest {
    private static ServiceComponent build(String market) {
        return MarketComponents.factoryFor(MarketChoice.parse(market))
                .create(
                        new PGSimpleDataSource(),
                        new HttpSettings(TestSettings.ADMIN_TOKEN, URI.create("http://localhost:8080")),
                        new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                        TestSettings.CLOCK,
                        LineSettings.at(URI.create("http://127.0.0.1:9"), URI.create("http://127.0.0.1:9")),
                        SecretCipher.withKey(new byte[32]),
                        SendPace.Limits.LINE);
    }

    @Test
    void theBuildHoldsTheFourMarkets() {
        assertThat(MarketComponents.codes()).containsExactly("DEFAULT", "JP", "TH", "TW");
    }

    @Test
    void japanThailandAndTaiwanBindTheNotificationMessageAdapterAndDefaultDoesNot() {
        for (String market : new String[] {"JP", "TH", "TW"}) {
            assertThat(build(market).notificationMessages()).as(market).hasValueSatisfying(sender -> {
                assertThat(sender.getClass().getName()).startsWith("io.lineengage.adapters.line.messaging.");
                assertThat(sender).isInstanceOf(NotificationMessageSender.class);
            });
        }
        assertThat(build("DEFAULT").notificationMessages()).isEmpty();
    }

    @Test
    void eachMarketHasItsZoneAndPhoneRegion() {
        assertThat(build("DEFAULT").market().defaultTimeZone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(build("JP").market().defaultPhoneRegion()).isEqualTo("JP");
        assertThat(build("TH").market().defaultTimeZone()).isEqualTo(ZoneId.of("Asia/Bangkok"));
        assertThat(build("TH").market().defaultPhoneRegion()).isEqualTo("TH");
        assertThat(build("TW").market().defaultTimeZone()).isEqualTo(ZoneId.of("Asia/Taipei"));
        assertThat(build("TW").market().defaultPhoneRegion()).isEqualTo("TW");
        assertThat(build("jp").market().code())
                .as("the variable is read in any case")
                .isEqualTo("JP");
    }

    @Test
    void anUnknownMarketIsAnErrorNamingTheKnownOnes() {
        assertThatThrownBy(() -> MarketChoice.parse("KR"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DEFAULT, JP, TH, TW")
                .hasMessageContaining("KR");
    }
}
