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
import io.lineengage.domain.error.NotFoundException;
import io.lineengage.domain.error.UnauthenticatedException;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.webhook.LineEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
            throw new NotFoundException("LINE account", accountId.value());
        }
        String signature = ctx.header("X-Line-Signature");
        if (signature == null || signature.isBlank()) {
            throw new UnauthenticatedException("The X-Line-Signature header is missing.");
        }
        if (!signedBy(account.get(), body, signature)) {
            // The secret may have just been changed: look once more before refusing.
            account = accounts.forWebhook(accountId, true);
            if (account.isEmpty() || !signedBy(account.get(), body, signature)) {
                throw new UnauthenticatedException("The X-Line-Signature does not match the body.");
            }
        }
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (IOException e) {
            throw ValidationException.of("body", "is not valid JSON");
        }
        if (tree == null) {
            throw ValidationException.of("body", "is empty");
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

    @Override
    public String name() {
        return "line-engage-webhooks";
    }
}
