package io.lineengage.adapters.line.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.parser.LineSignatureValidator;
import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.plugin.Plugin;
import io.lineengage.application.port.in.webhook.ReceiveLineEventsUseCase;
import io.lineengage.application.port.in.webhook.WebhookAccountsUseCase;
import io.lineengage.application.port.in.webhook.WebhookAccountsUseCase.WebhookAccount;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.webhook.LineEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /webhooks/line/{accountId}}: LINE's webhook. The signature is checked over the raw bytes, in constant
 * time, before anything is parsed; the events are stored durably and only then acknowledged, so that an event
 * answered 200 is never lost. A database outage answers 503, so LINE redelivers.
 */
final class WebhookRoutes extends Plugin<Void> {
    static final String PATH = "/webhooks/line/{accountId}";

    private final WebhookAccountsUseCase accounts;
    private final ReceiveLineEventsUseCase receive;
    private final LineEventParser parser;
    private final ObjectMapper json;

    WebhookRoutes(WebhookAccountsUseCase accounts, ReceiveLineEventsUseCase receive, ObjectMapper json) {
        this.accounts = accounts;
        this.receive = receive;
        this.parser = new LineEventParser(json);
        this.json = json;
    }

    @Override
    public void onInitialize(JavalinState state) {
        state.routes.post(PATH, this::receive);
    }

    private void receive(Context ctx) throws IOException {
        LineAccountId accountId = new LineAccountId(ctx.pathParam("accountId"));
        byte[] body = ctx.bodyAsBytes();
        Optional<WebhookAccount> account = accounts.forWebhook(accountId, false);
        if (account.isEmpty()) {
            problem(ctx, 404, "not-found", "Not found", "No LINE account " + accountId);
            return;
        }
        String signature = ctx.header("X-Line-Signature");
        if (signature == null || signature.isBlank()) {
            problem(ctx, 401, "unauthorized", "Unauthorized", "The X-Line-Signature header is missing.");
            return;
        }
        if (!signedBy(account.get(), body, signature)) {
            // The secret may have just been changed: look once more before refusing.
            account = accounts.forWebhook(accountId, true);
            if (account.isEmpty() || !signedBy(account.get(), body, signature)) {
                problem(ctx, 401, "unauthorized", "Unauthorized", "The X-Line-Signature does not match the body.");
                return;
            }
        }
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (IOException e) {
            problem(ctx, 400, "validation", "Invalid request", "The body is not valid JSON.");
            return;
        }
        if (tree == null) {
            problem(ctx, 400, "validation", "Invalid request", "The body is empty.");
            return;
        }
        List<LineEvent> events = parser.events(tree);
        receive.receive(account.get().orgId(), accountId, events);
        ctx.status(200).contentType("application/json").result("{}");
    }

    private static boolean signedBy(WebhookAccount account, byte[] body, String signature) {
        try {
            return new LineSignatureValidator(account.channelSecret().getBytes(StandardCharsets.UTF_8))
                    .validateSignature(body, signature);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    private void problem(Context ctx, int status, String slug, String title, String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:line-engage:problem:" + slug);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        ctx.status(status).contentType("application/problem+json").result(json.writeValueAsBytes(problem));
    }

    @Override
    public String name() {
        return "line-engage-webhooks";
    }
}
