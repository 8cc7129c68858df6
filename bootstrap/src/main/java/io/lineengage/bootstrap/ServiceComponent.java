package io.lineengage.bootstrap;

import io.lineengage.adapters.http.web.HttpSettings;
import io.lineengage.adapters.http.web.WebServer;
import io.lineengage.adapters.line.messaging.LineSettings;
import io.lineengage.adapters.persistence.crypto.SecretCipher;
import io.lineengage.application.port.out.campaign.SendPace;
import io.lineengage.application.port.out.line.LineMessagingPort;
import io.lineengage.application.port.out.line.NotificationMessageSender;
import io.lineengage.application.port.out.webhook.LineEventLog;
import io.lineengage.domain.market.Market;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;

/** What every market's component offers the running service. */
public interface ServiceComponent {
    WebServer webServer();

    /** LINE, as this deployment reaches it. */
    LineMessagingPort lineMessaging();

    /** Processes stored webhook events in the background. */
    LineEventWorker lineEventWorker();

    /** Runs follower backfills in the background. */
    JobWorker jobWorker();

    /** Sends campaign batches in the background. */
    CampaignWorker campaignWorker();

    /** Runs journeys' due steps in the background. */
    JourneyWorker journeyWorker();

    /** Finishes queued transactional messages in the background. */
    MessageWorker messageWorker();

    /** Fills in missing LINE profiles in the background. */
    ProfileWorker profileWorker();

    /** Keeps the delivery ledger's months (made ahead; dropped past the retention). */
    LedgerWorker ledgerWorker();

    /** The webhook event log, for the backlog gauge. */
    LineEventLog lineEventLog();

    Market market();

    /** LINE notification messages by phone number, where the market's component binds them. */
    Optional<NotificationMessageSender> notificationMessages();

    /** What every market's component is built from: the things made before Dagger runs. */
    interface Factory<C extends ServiceComponent> {
        C create(
                DataSource dataSource,
                HttpSettings http,
                PrometheusMeterRegistry prometheus,
                Clock clock,
                LineSettings line,
                SecretCipher cipher,
                SendPace.Limits sendLimits);
    }
}
