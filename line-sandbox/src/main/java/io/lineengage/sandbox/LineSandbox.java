package io.lineengage.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.lineengage.sandbox.channel.Channels;
import java.time.Clock;
import java.util.Map;

/**
 * A fake LINE Platform: the Messaging API as LINE specifies it (shared/line-openapi), plus a control API under
 * {@code /sandbox} to create channels and followers, read what users received, inject faults and emit webhooks.
 * Runs in-process ({@link #start(int)}) or standalone ({@link SandboxMain}).
 */
public final class LineSandbox implements AutoCloseable {
    /** LINE refuses bodies over 2 MB with 413. */
    static final long MAX_BODY_BYTES = 2L * 1024 * 1024;

    private final Javalin app;

    private LineSandbox(Javalin app) {
        this.app = app;
    }

    /** Starts on {@code port} (0 picks a free one) on the loopback interface. */
    public static LineSandbox start(int port) {
        return start("127.0.0.1", port, Clock.systemUTC());
    }

    public static LineSandbox start(String host, int port, Clock clock) {
        ObjectMapper json = new ObjectMapper();
        Channels channels = new Channels();
        LineApiRoutes lineApi = new LineApiRoutes(channels, json, clock);
        ControlRoutes control = new ControlRoutes(channels, json, clock);
        Javalin app = Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    config.jetty.host = host;
                    config.jetty.port = port;
                    config.http.maxRequestSize = MAX_BODY_BYTES;
                    lineApi.register(config.routes);
                    control.register(config.routes);
                    config.routes.exception(
                            ControlRoutes.ControlError.class,
                            (e, ctx) -> ctx.status(e.status).json(Map.of("message", e.getMessage())));
                    config.routes.exception(HttpResponseException.class, (e, ctx) -> {
                        String message = switch (e.getStatus()) {
                            case 413 -> "Request Entity Too Large";
                            case 404 -> "Not found";
                            case 405 -> "Method not allowed";
                            default -> e.getMessage();
                        };
                        ctx.status(e.getStatus()).json(Map.of("message", message));
                    });
                    config.routes.exception(
                            Exception.class,
                            (e, ctx) -> ctx.status(500).json(Map.of("message", "Sandbox failure: " + e)));
                })
                .start();
        return new LineSandbox(app);
    }

    public int port() {
        return app.port();
    }

    /** What to set as {@code LINE_API_BASE_URL} (and {@code LINE_DATA_API_BASE_URL}) to use this sandbox. */
    public String baseUrl() {
        return "http://127.0.0.1:" + app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
