package io.lineengage.adapters.http.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import io.javalin.plugin.Plugin;
import io.javalin.router.Endpoint;
import io.lineengage.domain.error.FieldErrors;
import io.lineengage.domain.text.StoredText;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The one HTTP server of the service. Route groups come from every adapter that serves HTTP (this one's REST API,
 * the LINE adapter's webhooks) as Javalin plugins, so the adapters never import each other.
 */
public final class WebServer {
    /** The largest request body accepted; LINE's webhooks and our JSON requests stay far below it. */
    public static final long MAX_REQUEST_BYTES = 1024 * 1024;

    private final Set<Plugin<Void>> routeGroups;
    private final ObjectMapper json;
    private final MeterRegistry meters;
    private final ApiAuthentication authentication;
    private Javalin app;

    WebServer(
            Set<Plugin<Void>> routeGroups, ObjectMapper json, MeterRegistry meters, ApiAuthentication authentication) {
        this.routeGroups = routeGroups;
        this.json = json;
        this.meters = meters;
        this.authentication = authentication;
    }

    /** Starts listening on {@code host:port} (port 0 picks a free one) and answers the port taken. */
    public synchronized int start(String host, int port) {
        if (app != null) {
            throw new IllegalStateException("already started");
        }
        ProblemResponses problems = new ProblemResponses(json);
        app = Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    config.jetty.host = host;
                    config.jetty.port = port;
                    config.http.maxRequestSize = MAX_REQUEST_BYTES;
                    config.jetty.modifyServer(server -> server.setErrorHandler(new JettyProblems()));
                    config.http.prefer405over404 = true;
                    config.jsonMapper(new JavalinJackson(json, false));
                    config.requestLogger.http(this::recordTiming);
                    config.routes.before("/api/v1/*", authentication::authenticate);
                    config.routes.beforeMatched(WebServer::refuseUnstorableParameters);
                    problems.register(config);
                    routeGroups.forEach(config::registerPlugin);
                })
                .start();
        return app.port();
    }

    /**
     * Before any route runs: an ID in the path that is blank or holds what no ID can ({@link StoredText}) names
     * nothing, so it is a 404; such a query parameter is the caller's mistake, a 400 naming it.
     */
    private static void refuseUnstorableParameters(Context ctx) {
        ctx.pathParamMap().forEach((name, value) -> {
            if (value.isBlank() || StoredText.fault(value).isPresent()) {
                throw new ProblemException(Problem.of(
                        "not-found",
                        "Not found",
                        404,
                        "No " + name + " \"" + StoredText.storable(value) + "\" exists."));
            }
        });
        FieldErrors errors = new FieldErrors();
        ctx.queryParamMap().forEach((name, values) -> {
            Optional<String> nameFault = StoredText.fault(name);
            if (nameFault.isPresent()) {
                errors.add("query", "a parameter name " + nameFault.get());
            }
            values.forEach(value -> StoredText.fault(value).ifPresent(fault -> errors.add(name, fault)));
        });
        errors.throwIfAny();
    }

    public synchronized int port() {
        return app.port();
    }

    public synchronized void stop() {
        if (app != null) {
            app.stop();
            app = null;
        }
    }

    /** Every route served, as {@code "METHOD /path"}: what the OpenAPI document must describe. */
    public synchronized List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .map(endpoint -> endpoint.method.name() + " " + endpoint.path)
                .distinct()
                .sorted()
                .toList();
    }

    private void recordTiming(Context ctx, Float milliseconds) {
        Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
        // The route template, never the raw path: ids in paths would explode the metric's cardinality.
        String uri = endpoint == null || !endpoint.method.isHttpMethod() ? "UNMATCHED" : endpoint.path;
        Timer.builder("http.server.requests")
                .tag("method", ctx.method().name())
                .tag("uri", uri)
                .tag("status", Integer.toString(ctx.statusCode()))
                .register(meters)
                .record((long) (milliseconds * 1_000_000L), TimeUnit.NANOSECONDS);
    }
}
