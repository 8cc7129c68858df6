package io.lineengage.adapters.http.ops;

import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.plugin.Plugin;
import io.lineengage.application.port.in.health.CheckReadinessUseCase;
import io.lineengage.application.port.in.health.CheckReadinessUseCase.Readiness;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

final class OperationsRoutes extends Plugin<Void> {
    static final String OPENAPI_RESOURCE = "/openapi/line-engage.json";

    private final CheckReadinessUseCase readiness;
    private final PrometheusMeterRegistry prometheus;
    private final byte[] openApiDocument;

    OperationsRoutes(CheckReadinessUseCase readiness, PrometheusMeterRegistry prometheus) {
        this.readiness = readiness;
        this.prometheus = prometheus;
        this.openApiDocument = readOpenApiDocument();
    }

    @Override
    public void onInitialize(JavalinState state) {
        state.routes.get("/health/live", ctx -> ctx.json(Map.of("status", "UP")));
        state.routes.get("/health/ready", this::ready);
        state.routes.get(
                "/metrics",
                ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                        .result(prometheus.scrape()));
        state.routes.get(
                "/openapi.json", ctx -> ctx.contentType("application/json").result(openApiDocument));
    }

    private void ready(Context ctx) {
        Readiness result = readiness.checkReadiness();
        Map<String, String> checks = new TreeMap<>();
        result.checks().forEach((name, up) -> checks.put(name, up ? "UP" : "DOWN"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", result.ready() ? "UP" : "DOWN");
        body.put("checks", checks);
        ctx.status(result.ready() ? 200 : 503).json(body);
    }

    private static byte[] readOpenApiDocument() {
        try (InputStream in = OperationsRoutes.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(OPENAPI_RESOURCE + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String name() {
        return "line-engage-operations";
    }
}
