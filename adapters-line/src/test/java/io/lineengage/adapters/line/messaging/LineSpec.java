package io.lineengage.adapters.line.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lineengage.sandbox.SandboxControl;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * LINE's own OpenAPI specs (shared/line-openapi, never copied into the project), used to check that every call the
 * adapter makes, and every answer the sandbox gives, is what LINE's spec says. Found at {@code LINE_OPENAPI_DIR},
 * or at {@code ../shared/line-openapi} beside the repository.
 */
final class LineSpec {
    static final String DIRECTORY_VARIABLE = "LINE_OPENAPI_DIR";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenApiInteractionValidator messaging;
    private final OpenApiInteractionValidator tokens;
    private final OpenApiInteractionValidator insight;

    private LineSpec(Path directory) {
        messaging = validator(directory.resolve("messaging-api.yml"));
        tokens = validator(directory.resolve("channel-access-token.yml"));
        insight = validator(directory.resolve("insight.yml"));
    }

    private static OpenApiInteractionValidator validator(Path spec) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        OpenAPI api = new OpenAPIV3Parser().read(spec.toUri().toString(), null, options);
        // LINE's specs use discriminators (Action.type, Message.type, ...) without listing the property as required,
        // which the validator refuses as a schema error. The property is always sent, so mark it required.
        api.getComponents().getSchemas().values().forEach(schema -> {
            if (schema.getDiscriminator() != null) {
                String property = schema.getDiscriminator().getPropertyName();
                if (schema.getRequired() == null || !schema.getRequired().contains(property)) {
                    schema.addRequiredItem(property);
                }
            }
        });
        return OpenApiInteractionValidator.createFor(api)
                .withLevelResolver(LevelResolver.create()
                        // The specs list only some error statuses; error bodies are checked against ErrorResponse
                        // below.
                        .withLevel("validation.response.status.unknown", ValidationReport.Level.IGNORE)
                        // LINE's schemas compose with allOf (TextMessage = Message + text). The validator's implicit
                        // additionalProperties=false would reject every property a part inherits, so it is off;
                        // types, required fields, enums, lengths and patterns are all still checked.
                        .withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE)
                        .build())
                .build();
    }

    static Optional<Path> directory() {
        String configured = System.getenv(DIRECTORY_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            return Files.isRegularFile(path.resolve("messaging-api.yml")) ? Optional.of(path) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("line-openapi");
            if (Files.isRegularFile(candidate.resolve("messaging-api.yml"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The specs; a test is skipped (with the reason) where they are absent, and fails in CI, which must have them. */
    static LineSpec loadOrSkip() {
        Optional<Path> directory = directory();
        String missing = "LINE's OpenAPI specs were not found: set " + DIRECTORY_VARIABLE
                + " to the folder holding messaging-api.yml (shared/line-openapi)";
        if (directory.isEmpty() && "true".equals(System.getenv("CI"))) {
            throw new AssertionError(missing);
        }
        Assumptions.assumeTrue(directory.isPresent(), missing);
        return new LineSpec(directory.get());
    }

    /** Checks every call logged by the sandbox for these channels, request and answer, against LINE's specs. */
    void assertConforms(SandboxControl control, List<String> channelIds) {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String channelId : channelIds) {
            for (JsonNode call : control.requests(channelId)) {
                List<String> broken = problemsOf(call);
                checked++;
                if (!broken.isEmpty()) {
                    problems.add(
                            call.get("method").asText() + " " + call.get("path").asText() + " → "
                                    + call.get("status").asInt() + ": " + broken);
                }
            }
        }
        assertThat(checked).as("calls checked against LINE's spec").isPositive();
        assertThat(problems).as("calls that break LINE's OpenAPI spec").isEmpty();
    }

    /** What is wrong with one logged call, by LINE's specs; empty when nothing is. */
    List<String> problemsOf(JsonNode call) {
        List<String> problems = new ArrayList<>();
        String path = call.get("path").asText();
        int status = call.get("status").asInt();
        String answer = call.path("responseBody").asText("");
        boolean tokenCall = path.startsWith("/oauth2/") || path.startsWith("/v2/oauth/");
        if (tokenCall) {
            // Form bodies are read by the validator with numbers coerced (channel IDs are numeric strings), so the
            // token request is checked here by hand; the answer goes through the validator.
            String form = call.path("body").asText("");
            for (String field : List.of("grant_type=client_credentials", "client_id=", "client_secret=")) {
                if (!form.contains(field)) {
                    problems.add("token request lacks " + field);
                }
            }
            SimpleResponse.Builder response =
                    SimpleResponse.Builder.status(status).withContentType("application/json");
            if (!answer.isEmpty()) {
                response.withBody(answer);
            }
            ValidationReport report = tokens.validateResponse(path, Request.Method.POST, response.build());
            report.getMessages().stream()
                    .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                    .forEach(m -> problems.add(m.getMessage()));
            return problems;
        }
        if (status >= 400 && !isErrorResponse(answer)) {
            problems.add("error answer is not LINE's ErrorResponse {message, details?}: " + answer);
        }
        check(call).getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .forEach(m -> problems.add(m.getKey() + ": " + m.getMessage()));
        return problems;
    }

    private static boolean isErrorResponse(String answer) {
        try {
            JsonNode body = JSON.readTree(answer);
            boolean detailsOk = !body.has("details")
                    || (body.get("details").isArray() && body.get("details").size() > 0);
            return body.path("message").isTextual() && detailsOk;
        } catch (IOException e) {
            return false;
        }
    }

    ValidationReport check(JsonNode call) {
        String path = call.get("path").asText();
        SimpleRequest.Builder request = new SimpleRequest.Builder(
                Request.Method.valueOf(call.get("method").asText()), path);
        for (Iterator<Map.Entry<String, JsonNode>> headers = call.get("headers").fields(); headers.hasNext(); ) {
            Map.Entry<String, JsonNode> header = headers.next();
            request.withHeader(header.getKey(), header.getValue().asText());
        }
        String body = call.path("body").asText("");
        if (!body.isEmpty()) {
            request.withBody(body);
        }
        String query = call.path("query").isTextual() ? call.get("query").asText() : "";
        for (String pair : query.isEmpty() ? new String[0] : query.split("&")) {
            String[] parts = pair.split("=", 2);
            request.withQueryParam(decode(parts[0]), parts.length > 1 ? decode(parts[1]) : "");
        }
        SimpleResponse.Builder response =
                SimpleResponse.Builder.status(call.get("status").asInt()).withContentType("application/json");
        String answer = call.path("responseBody").asText("");
        if (!answer.isEmpty()) {
            response.withBody(answer);
        }
        return validatorFor(path).validate(request.build(), response.build());
    }

    private OpenApiInteractionValidator validatorFor(String path) {
        return path.startsWith("/v2/bot/insight/") ? insight : messaging;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
