package io.lineengage.bootstrap;

import io.lineengage.adapters.http.web.HttpSettings;
import io.lineengage.adapters.persistence.crypto.SecretCipher;
import io.lineengage.adapters.persistence.postgres.PostgresDatabase;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running line-engage: its database, its Dagger component for the configured market, and its web server. */
public final class LineEngage implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LineEngage.class);

    private final PostgresDatabase database;
    private final ServiceComponent component;
    private final JvmGcMetrics gcMetrics;
    private final int port;

    private LineEngage(PostgresDatabase database, ServiceComponent component, JvmGcMetrics gcMetrics, int port) {
        this.database = database;
        this.component = component;
        this.gcMetrics = gcMetrics;
        this.port = port;
    }

    /** Starts the database (migrating it), wires the market's component and starts serving HTTP. */
    public static LineEngage start(Settings settings, Clock clock) {
        // One logging backend: what the core logs through java.util.logging goes to logback with everything else.
        if (!org.slf4j.bridge.SLF4JBridgeHandler.isInstalled()) {
            org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
            org.slf4j.bridge.SLF4JBridgeHandler.install();
        }
        PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(prometheus);
        new JvmThreadMetrics().bindTo(prometheus);
        new ClassLoaderMetrics().bindTo(prometheus);
        new ProcessorMetrics().bindTo(prometheus);
        new UptimeMetrics().bindTo(prometheus);
        JvmGcMetrics gcMetrics = new JvmGcMetrics();
        gcMetrics.bindTo(prometheus);

        PostgresDatabase database = PostgresDatabase.start(settings.database(), prometheus);
        try {
            ServiceComponent component = factoryFor(settings.market())
                    .create(
                            database.dataSource(),
                            new HttpSettings(settings.adminToken(), settings.publicUrl()),
                            prometheus,
                            clock,
                            settings.line(),
                            SecretCipher.withKey(settings.masterKey().bytes()),
                            settings.sendLimits());
            // The port first: one taken is reported at once, before any worker has started.
            int port = component.webServer().start(settings.host(), settings.port());
            // Events stored before a restart are processed first thing.
            component.lineEventWorker().start();
            component.jobWorker().start();
            component.campaignWorker().start();
            component.messageWorker().start();
            component.journeyWorker().start();
            component.profileWorker().start(settings.profileRate());
            component.ledgerWorker().start(settings.ledgerRetentionMonths());
            Gauge.builder("line_engage.webhook_events.pending", component.lineEventLog(), log -> log.pendingCount())
                    .description("webhook events stored but not yet processed")
                    .register(prometheus);
            LOG.info(
                    "line-engage serves http://{}:{} for market {}, LINE at {}",
                    settings.host(),
                    port,
                    component.market().code(),
                    settings.line().apiBaseUrl());
            return new LineEngage(database, component, gcMetrics, port);
        } catch (RuntimeException e) {
            database.close();
            gcMetrics.close();
            throw e;
        }
    }

    static ServiceComponent.Factory<?> factoryFor(MarketChoice market) {
        return MarketComponents.factoryFor(market);
    }

    public int port() {
        return port;
    }

    /** The service's database (tests read settings and rows through it). */
    public DataSource dataSource() {
        return database.dataSource();
    }

    public ServiceComponent component() {
        return component;
    }

    /** Stops taking requests first, then finishes the event batch at hand, then lets go of the database. */
    @Override
    public void close() {
        component.webServer().stop();
        component.lineEventWorker().close();
        component.campaignWorker().close();
        component.messageWorker().close();
        component.journeyWorker().close();
        component.jobWorker().close();
        component.profileWorker().close();
        component.ledgerWorker().close();
        database.close();
        gcMetrics.close();
        LOG.info("line-engage stopped");
    }
}
