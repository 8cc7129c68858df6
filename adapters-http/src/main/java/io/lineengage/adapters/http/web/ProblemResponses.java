package io.lineengage.adapters.http.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.lineengage.application.port.StorageUnavailableException;
import io.lineengage.domain.error.ConflictException;
import io.lineengage.domain.error.NotFoundException;
import io.lineengage.domain.error.UnauthenticatedException;
import io.lineengage.domain.error.UnprocessableException;
import io.lineengage.domain.error.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into a problem+json answer: the caller's mistakes into the right 4xx with the field at
 * fault, and our own into a 500 that says nothing of the internals (they go to the log).
 */
final class ProblemResponses {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    void register(JavalinConfig config) {
        config.routes.exception(
                ValidationException.class, (e, ctx) -> send(ctx, Problem.invalid(e.getMessage(), e.errors())));
        config.routes.exception(
                NotFoundException.class,
                (e, ctx) -> send(ctx, Problem.of("not-found", "Not found", 404, e.getMessage())));
        config.routes.exception(
                UnauthenticatedException.class,
                (e, ctx) -> send(ctx, Problem.of("unauthorized", "Unauthorized", 401, e.getMessage())));
        config.routes.exception(
                UnprocessableException.class, (e, ctx) -> send(ctx, Problem.unprocessable(e.getMessage(), e.error())));
        config.routes.exception(
                ConflictException.class,
                (e, ctx) -> send(ctx, Problem.of("conflict", "Conflict", 409, e.getMessage())));
        config.routes.exception(StorageUnavailableException.class, (e, ctx) -> {
            LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            ctx.header("Retry-After", "5");
            send(
                    ctx,
                    Problem.of(
                            "unavailable",
                            "Service unavailable",
                            503,
                            "The database cannot be reached right now; nothing was changed. Try again shortly."));
        });
        config.routes.exception(ProblemException.class, (e, ctx) -> {
            e.headers().forEach(ctx::header);
            send(ctx, e.problem());
        });
        config.routes.exception(HttpResponseException.class, (e, ctx) -> send(ctx, fromJavalin(e, ctx)));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            send(
                    ctx,
                    Problem.of(
                            "internal", "Internal error", 500, "The request failed on our side; it has been logged."));
        });
    }

    private static Problem fromJavalin(HttpResponseException e, Context ctx) {
        return switch (e.getStatus()) {
            case 404 -> Problem.of("not-found", "Not found", 404, "No route " + ctx.method() + " " + ctx.path());
            case 405 ->
                Problem.of(
                        "method-not-allowed",
                        "Method not allowed",
                        405,
                        ctx.method() + " is not allowed on " + ctx.path());
            case 413 -> Problem.of("too-large", "Payload too large", 413, "The request body is too large.");
            default -> Problem.of("http-" + e.getStatus(), e.getMessage(), e.getStatus(), e.getMessage());
        };
    }

    void send(Context ctx, Problem problem) {
        try {
            ctx.status(problem.status()).contentType(Problem.CONTENT_TYPE).result(json.writeValueAsBytes(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem always serializes", e);
        }
    }
}
